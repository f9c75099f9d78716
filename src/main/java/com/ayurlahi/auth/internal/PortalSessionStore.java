package com.ayurlahi.auth.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Portal sessions live in the database through Spring Session JDBC (Boot's
 * auto-configuration, tables from Flyway's V31), so a user stays signed in on whichever
 * instance answers and across restarts. Everything a session holds is serialised: the
 * security context, the CSRF token, the page to return to after login, flash messages.
 * <p>
 * On PostgreSQL an attribute is written with an upsert, so two requests of one session
 * that set the same attribute at once (htmx fires several) don't collide on its key; H2
 * keeps Spring Session's plain insert. A session's last access is written at most once a
 * minute ({@link CoarseLastAccessSessions}), not on every request.
 */
@Configuration(proxyBeanMethods = false)
class PortalSessionStore {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpserts(DataSource dataSource)
			throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return "PostgreSQL".equals(database) ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer() : sessions -> {
		};
	}

	/**
	 * Every session goes through Spring Session JDBC's store (Boot's, customised above),
	 * with its last access written once a minute at most.
	 */
	@Bean
	static BeanPostProcessor coarseLastAccessSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? CoarseLastAccessSessions.of(sessions)
						: bean;
			}
		};
	}

}
