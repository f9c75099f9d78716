package com.ayurlahi.auth.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Saves a select of the session and its attributes on most requests of a portal session.
 * Spring Session commits a request's session twice: when the response is committed (a
 * page's writer is flushed, a redirect is sent) and again when its filter ends. The
 * second commit asks for the id the browser sent, which it had forgotten after the first,
 * and finds it by reading the session from the database again (spring-session #1731,
 * still so in 4.1), only to compare the ids. Here, within a request's own dispatch, the
 * repository answers a read of the session it has just saved with that session.
 * <p>
 * A filter just outside Spring Session's marks the request's dispatch; outside one (error
 * pages, async dispatches, a streamed download's worker thread) nothing is remembered,
 * and nothing outlives the dispatch, so no other request is answered from memory. Every
 * other read goes to the database, which every instance shares, and the save itself is
 * Spring Session's.
 */
@Configuration(proxyBeanMethods = false)
class SessionReadAfterSave {

	@Bean
	static BeanPostProcessor sessionRepositoryRememberingTheSaved() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new Remembering<>(sessions) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<Filter> requestDispatchRemembersItsSavedSession(SessionProperties properties) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new DispatchScope());
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(properties.getServlet().getFilterOrder() - 1);
		return registration;
	}

	/** Where a request's dispatch remembers its saved session. */
	static final class DispatchScope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			Remembering.SAVED.set(new AtomicReference<>());
			try {
				chain.doFilter(request, response);
			}
			finally {
				Remembering.SAVED.remove();
			}
		}

	}

	/**
	 * The repository, answering a read of the session its request's dispatch saved with
	 * that session.
	 */
	static final class Remembering<S extends Session> implements FindByIndexNameSessionRepository<S> {

		/** The session saved in this thread's request dispatch; absent outside one. */
		static final ThreadLocal<@Nullable AtomicReference<@Nullable Session>> SAVED = new ThreadLocal<>();

		private final FindByIndexNameSessionRepository<S> sessions;

		Remembering(FindByIndexNameSessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		@Override
		public S createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(S session) {
			remember(null);
			this.sessions.save(session);
			remember(session);
		}

		@Override
		@SuppressWarnings("unchecked")
		public @Nullable S findById(String id) {
			AtomicReference<@Nullable Session> dispatch = SAVED.get();
			Session saved = (dispatch != null) ? dispatch.get() : null;
			if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
				return (S) saved;
			}
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			remember(null);
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
		}

		private static void remember(@Nullable Session session) {
			AtomicReference<@Nullable Session> dispatch = SAVED.get();
			if (dispatch != null) {
				dispatch.set(session);
			}
		}

	}

}
