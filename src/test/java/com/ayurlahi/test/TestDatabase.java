package com.ayurlahi.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A PostgreSQL database of its own for each test run: created on first use, dropped when
 * the test JVM shuts down, after Spring has closed the application contexts its test
 * support kept (a context that closes asks the database for a last few things; with the
 * database gone each waited for a connection in vain), so runs never see each other's
 * rows. The server comes from TEST_DB_URL / TEST_DB_USERNAME / TEST_DB_PASSWORD (default:
 * the local server on 5432 as {@code postgres}); without one the tests fail, saying how
 * to get one.
 */
public final class TestDatabase {

	/** The database most tests share. */
	public static final String SHARED = "shared";

	/** The property with which a test context asks for a database of its own. */
	public static final String PURPOSE_PROPERTY = "test.database";

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String PREFIX = "ayurlahi_it_";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

	private static final Map<String, TestDatabase> databases = new HashMap<>();

	private final String serverUrl;

	private final String username;

	private final String password;

	private final String name;

	private final String url;

	private TestDatabase(String serverUrl, String username, String password) {
		Matcher parts = JDBC_URL.matcher(serverUrl);
		if (!parts.matches()) {
			throw new IllegalStateException(
					"TEST_DB_URL must look like jdbc:postgresql://host:5432/postgres, not " + serverUrl);
		}
		this.serverUrl = serverUrl;
		this.username = username;
		this.password = password;
		this.name = PREFIX + LocalDateTime.now().format(STAMP) + "_"
				+ ThreadLocalRandom.current().nextInt(10_000, 100_000);
		this.url = parts.group(1) + name + (parts.group(3) == null ? "" : parts.group(3));
	}

	/**
	 * The database of this run with the given purpose, created on the first call. Tests
	 * share {@value #SHARED}; a test that needs an empty database of its own names
	 * another.
	 */
	public static synchronized TestDatabase get(String purpose) {
		return databases.computeIfAbsent(purpose, key -> {
			TestDatabase database = new TestDatabase(
					setting("TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres"),
					setting("TEST_DB_USERNAME", "postgres"), setting("TEST_DB_PASSWORD", ""));
			database.create();
			if (databases.isEmpty()) {
				SpringApplication.getShutdownHandlers().add(TestDatabase::dropAll);
			}
			return database;
		});
	}

	public String url() {
		return url;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	private void create() {
		try (Connection server = connectToServer(); Statement sql = server.createStatement()) {
			dropLeftoversOfCrashedRuns(sql);
			sql.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException(
					"""
							Integration tests need PostgreSQL 15+ and could not use %s as user '%s': %s
							Start the local server (pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)
							or point TEST_DB_URL, TEST_DB_USERNAME and TEST_DB_PASSWORD at one where this user may create databases."""
						.formatted(serverUrl, username, e.getMessage()),
					e);
		}
	}

	private void drop() {
		try (Connection server = connectToServer(); Statement sql = server.createStatement()) {
			sql.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException e) {
			log.warn("Could not drop the test database {}: {}", name, e.getMessage());
		}
	}

	/**
	 * Databases of runs that were killed before they could clean up, older than six
	 * hours.
	 */
	private static void dropLeftoversOfCrashedRuns(Statement sql) throws SQLException {
		String cutOff = PREFIX + LocalDateTime.now().minusHours(6).format(STAMP);
		List<String> stale = new ArrayList<>();
		try (ResultSet rows = sql
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (rows.next()) {
				String database = rows.getString(1);
				if (database.compareTo(cutOff) < 0) {
					stale.add(database);
				}
			}
		}
		for (String database : stale) {
			sql.execute("drop database if exists " + database + " with (force)");
		}
	}

	private Connection connectToServer() throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", username);
		credentials.setProperty("password", password);
		credentials.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(serverUrl, credentials);
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
	}

	/**
	 * Points a Spring test context at this run's shared database, or at one of its own
	 * when the context sets {@value #PURPOSE_PROPERTY}.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestDatabase database = get(context.getEnvironment().getProperty(PURPOSE_PROPERTY, SHARED));
			TestPropertyValues
				.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(),
						// Spring keeps every test context it started, each with its pool:
						// idle ones shrink to a connection each, so that a run with many
						// contexts stays under PostgreSQL's max_connections (100).
						"spring.datasource.hikari.minimum-idle=1", "spring.datasource.hikari.idle-timeout=10000")
				.applyTo(context);
		}

	}

	/**
	 * Run by Spring Boot's shutdown hook once it has closed every application context
	 * (and when no test started one).
	 */
	private static void dropAll() {
		synchronized (TestDatabase.class) {
			databases.values().forEach(TestDatabase::drop);
			databases.clear();
		}
	}

}
