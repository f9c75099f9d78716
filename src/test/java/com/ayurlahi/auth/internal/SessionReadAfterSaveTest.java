package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's own filter, over a store that records what it is asked for: a request
 * that shows a page reads its session twice without {@link SessionReadAfterSave}, once
 * with it, and nothing is answered from memory outside the request's dispatch.
 */
class SessionReadAfterSaveTest {

	final CountingStore store = new CountingStore();

	final SessionReadAfterSave.Remembering<MapSession> remembering = new SessionReadAfterSave.Remembering<>(store);

	@AfterEach
	void noDispatchLeftOpen() {
		assertThat(SessionReadAfterSave.Remembering.SAVED.get()).isNull();
	}

	@Test
	void springSessionReadsASessionAgainAfterSavingItWhenThePageWasFlushed() throws Exception {
		MapSession session = stored();

		page(store, session.getId(), null);

		assertThat(store.reads).containsExactly(session.getId(), session.getId());
	}

	@Test
	void withinTheRequestsDispatchTheSessionIsReadOnce() throws Exception {
		MapSession session = stored();

		page(remembering, session.getId(), new SessionReadAfterSave.DispatchScope());

		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void outsideARequestsDispatchEveryReadGoesToTheStore() throws Exception {
		MapSession session = stored();

		page(remembering, session.getId(), null); // an error page's or an async dispatch,
													// a download's worker

		assertThat(store.reads).containsExactly(session.getId(), session.getId());
	}

	@Test
	void aSessionStartedInARequestIsReadFromTheStoreByTheNext() throws Exception {
		SessionReadAfterSave.DispatchScope scope = new SessionReadAfterSave.DispatchScope();
		String started = page(remembering, null, scope);
		assertThat(store.reads).isEmpty();

		page(remembering, started, scope);

		assertThat(store.reads).containsExactly(started);
	}

	@Test
	void aSessionDeletedInTheDispatchIsNotAnsweredFromMemory() {
		MapSession session = remembering.createSession();
		inARequestsDispatch(() -> {
			remembering.save(session);
			remembering.deleteById(session.getId());

			assertThat(remembering.findById(session.getId())).isNull();
		});
		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void anExpiredSessionIsNotAnsweredFromMemory() {
		MapSession session = remembering.createSession();
		inARequestsDispatch(() -> {
			remembering.save(session);
			session.setLastAccessedTime(
					session.getLastAccessedTime().minus(session.getMaxInactiveInterval()).minusSeconds(1));

			remembering.findById(session.getId());
		});
		assertThat(store.reads).containsExactly(session.getId());
	}

	/**
	 * Runs {@code body} inside {@link SessionReadAfterSave.DispatchScope}, as a request's
	 * dispatch.
	 */
	private static void inARequestsDispatch(Runnable body) {
		try {
			new SessionReadAfterSave.DispatchScope().doFilter(new MockHttpServletRequest(),
					new MockHttpServletResponse(), (request, response) -> body.run());
		}
		catch (IOException | ServletException ex) {
			throw new AssertionError(ex);
		}
	}

	private MapSession stored() {
		MapSession session = store.createSession();
		store.save(session);
		return session;
	}

	/**
	 * One request through Spring Session's filter (inside {@code scope} when given) whose
	 * page uses the session and flushes what it wrote, as Thymeleaf does; the session's
	 * id afterwards.
	 */
	private static String page(FindByIndexNameSessionRepository<MapSession> sessions, String sessionId, Filter scope)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clinic");
		if (sessionId != null) {
			request.setCookies(new Cookie("SESSION",
					Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> id = new AtomicReference<>();
		HttpServlet page = new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
				id.set(req.getSession().getId());
				resp.getWriter().write("<p>page</p>");
				resp.flushBuffer();
			}
		};
		Filter springSession = new SessionRepositoryFilter<>(sessions);
		MockFilterChain chain = (scope != null) ? new MockFilterChain(page, scope, springSession)
				: new MockFilterChain(page, springSession);
		chain.doFilter(request, response);
		assertThat(response.getContentAsString()).isEqualTo("<p>page</p>");
		return id.get();
	}

	/** An in-memory store that records the ids it is asked for. */
	static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final MapSessionRepository delegate = new MapSessionRepository(new HashMap<>());

		final List<String> reads = new ArrayList<>();

		@Override
		public MapSession createSession() {
			return delegate.createSession();
		}

		@Override
		public void save(MapSession session) {
			delegate.save(session);
		}

		@Override
		public MapSession findById(String id) {
			reads.add(id);
			return delegate.findById(id);
		}

		@Override
		public void deleteById(String id) {
			delegate.deleteById(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}

	}

}
