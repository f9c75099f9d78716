package com.ayurlahi.auth.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

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
 * keeps Spring Session's plain insert.
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

}
