package com.ayurlahi.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.ayurlahi.test.TestDatabase;

/**
 * A database of this test run for one fault test ({@link TestDatabase}, dropped when the
 * run ends), which the test reads and seeds directly while application instances run on
 * it.
 */
final class FaultDatabase {

	private final TestDatabase database;

	private final DriverManagerDataSource dataSource;

	private final JdbcClient sql;

	FaultDatabase(String purpose) {
		this.database = TestDatabase.get(purpose);
		this.dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
		this.sql = JdbcClient.create(dataSource);
	}

	String url() {
		return database.url();
	}

	String username() {
		return database.username();
	}

	String password() {
		return database.password();
	}

	JdbcClient sql() {
		return sql;
	}

	/**
	 * Runs a script of src/test/resources/faults on one connection (its temporary tables
	 * live as long as it), {@code :count} replaced by {@code count}.
	 */
	void seed(String script, int count) {
		String text;
		try (InputStream in = FaultDatabase.class.getResourceAsStream("/faults/" + script)) {
			if (in == null) {
				throw new IllegalArgumentException("No script faults/" + script);
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":count", Integer.toString(count));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String each : statements(text)) {
				statement.execute(each);
			}
		}
		catch (SQLException failed) {
			throw new IllegalStateException("Seeding " + script + " failed", failed);
		}
	}

	private static List<String> statements(String script) {
		StringBuilder withoutComments = new StringBuilder();
		for (String line : script.split("\n")) {
			if (!line.strip().startsWith("--")) {
				withoutComments.append(line).append('\n');
			}
		}
		return List.of(withoutComments.toString().split(";\\s*\n"))
			.stream()
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
	}

}
