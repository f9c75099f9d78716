package com.ayurlahi.auth.internal;

import java.util.EnumSet;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Saves a query on every request of a portal session. After saving a request's session,
 * Spring Session's filter reads it from the database again only to learn whether the id
 * the browser sent is still valid (spring-session#1731, still so in 4.1): a second select
 * of the session and its attributes, a fifth of what the session costs a request. Here
 * the repository remembers, for the request's thread, the session it has just saved, and
 * answers that read with it; a filter around Spring Session's forgets it before and after
 * every dispatch, so no other request on the thread is answered from memory.
 * <p>
 * Nothing else changes: every other read goes to the database, which every instance
 * shares, and the save itself is Spring Session's.
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
	FilterRegistrationBean<Filter> sessionSavedThisRequestForgotten() {
		Filter forgetting = (request, response, chain) -> {
			Remembering.forget();
			try {
				chain.doFilter(request, response);
			}
			finally {
				Remembering.forget();
			}
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(forgetting);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * The repository, remembering the session its thread saved last until the next read
	 * or the end of the request.
	 */
	static final class Remembering<S extends Session> implements FindByIndexNameSessionRepository<S> {

		private static final ThreadLocal<@Nullable Session> SAVED = new ThreadLocal<>();

		private final FindByIndexNameSessionRepository<S> sessions;

		Remembering(FindByIndexNameSessionRepository<S> sessions) {
			this.sessions = sessions;
		}

		static void forget() {
			SAVED.remove();
		}

		@Override
		public S createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(S session) {
			forget();
			this.sessions.save(session);
			SAVED.set(session);
		}

		@Override
		@SuppressWarnings("unchecked")
		public @Nullable S findById(String id) {
			Session saved = SAVED.get();
			forget();
			if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
				return (S) saved;
			}
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			forget();
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}
