package com.ayurlahi.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session just saved answers only the read that follows it in the same request; every
 * other read goes to the store.
 */
class SessionReadAfterSaveTest {

	final CountingStore store = new CountingStore();

	final SessionReadAfterSave.Remembering<MapSession> sessions = new SessionReadAfterSave.Remembering<>(store);

	@AfterEach
	void forget() {
		SessionReadAfterSave.Remembering.forget();
	}

	@Test
	void theReadRightAfterASaveIsAnsweredWithTheSavedSession() {
		MapSession session = sessions.createSession();
		sessions.save(session);

		assertThat(sessions.findById(session.getId())).isSameAs(session);
		assertThat(store.reads).isEmpty();
	}

	@Test
	void onlyTheFirstReadOfTheSameIdIsAnsweredFromMemory() {
		MapSession session = sessions.createSession();
		sessions.save(session);
		sessions.findById(session.getId());

		assertThat(sessions.findById(session.getId())).isNotNull().isNotSameAs(session);
		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void aReadOfAnotherIdGoesToTheStoreAndForgetsTheSavedSession() {
		MapSession saved = sessions.createSession();
		sessions.save(saved);
		MapSession other = sessions.createSession();
		store.save(other);

		assertThat(sessions.findById(other.getId())).isNotNull();
		sessions.findById(saved.getId());
		assertThat(store.reads).containsExactly(other.getId(), saved.getId());
	}

	@Test
	void aDeletedSessionIsNotAnsweredFromMemory() {
		MapSession session = sessions.createSession();
		sessions.save(session);

		sessions.deleteById(session.getId());

		assertThat(sessions.findById(session.getId())).isNull();
		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void anExpiredSessionIsNotAnsweredFromMemory() {
		MapSession session = sessions.createSession();
		sessions.save(session);
		session
			.setLastAccessedTime(session.getLastAccessedTime().minus(session.getMaxInactiveInterval()).minusSeconds(1));

		sessions.findById(session.getId());

		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void theFilterAroundSpringSessionsForgetsWhatItsRequestSaved() throws Exception {
		Filter filter = new SessionReadAfterSave().sessionSavedThisRequestForgotten().getFilter();
		MapSession session = sessions.createSession();

		// A request that starts a session: saved at its end, never read again in it.
		filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				new MockFilterChain(new HttpServlet() {
				}, (request, response, chain) -> sessions.save(session)));

		sessions.findById(session.getId()); // the next request on the thread, with its
											// cookie
		assertThat(store.reads).containsExactly(session.getId());
	}

	@Test
	void theFilterRunsJustOutsideSpringSessionsOnEveryDispatch() {
		FilterRegistrationBean<Filter> registration = new SessionReadAfterSave().sessionSavedThisRequestForgotten();

		assertThat(registration.getOrder()).isEqualTo(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		assertThat(registration.determineDispatcherTypes()).hasSize(DispatcherType.values().length);
	}

	/** An in-memory store that records the ids it was asked for. */
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
