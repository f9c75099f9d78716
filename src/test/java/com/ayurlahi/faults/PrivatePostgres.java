package com.ayurlahi.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, from Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}), in a temporary directory on a free port,
 * which the test stops and starts while the application uses it (the machine's shared
 * server serves the other tests and is never touched). PostgreSQL refuses to run as root:
 * as root, its commands run as the {@code postgres} user, who owns the directory.
 */
final class PrivatePostgres implements AutoCloseable {

	private final Path bin;

	private final Path directory;

	private final Path data;

	private final int port;

	private PrivatePostgres(Path bin, Path directory, int port) {
		this.bin = bin;
		this.directory = directory;
		this.data = directory.resolve("data");
		this.port = port;
	}

	/** A new cluster (initdb), started, with a database called {@code database}. */
	static PrivatePostgres startWith(String database) {
		Path bin = binaries();
		try {
			Path directory = Files.createTempDirectory("ayurlahi-faults-pg");
			if (isRoot()) {
				UserPrincipal postgres = directory.getFileSystem()
					.getUserPrincipalLookupService()
					.lookupPrincipalByName("postgres");
				Files.setOwner(directory, postgres);
			}
			PrivatePostgres server = new PrivatePostgres(bin, directory, AppInstance.freePort());
			server.run("initdb", "-D", server.data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
					"--no-sync");
			server.start();
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
					Statement sql = connection.createStatement()) {
				sql.execute("create database " + database);
			}
			return server;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (SQLException failed) {
			throw new IllegalStateException(failed);
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	/** Starts the server and waits until it accepts connections. */
	void start() {
		run("pg_ctl", "-D", data.toString(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + port + " -k " + directory + " -c listen_addresses=localhost -c fsync=off"
						+ " -c max_connections=60",
				"start");
	}

	/**
	 * Stops the server the fast way: open transactions are rolled back and clients are
	 * disconnected at once.
	 */
	void stopFast() {
		run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
	}

	@Override
	public void close() {
		try {
			run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
		}
		catch (IllegalStateException alreadyStopped) {
			// nothing to stop
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary directory left behind
		}
	}

	private void run(String program, String... arguments) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(program).toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("commands.log").toFile()))
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in 90 s");
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
						+ Files.readString(directory.resolve("commands.log")));
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	/** The newest PostgreSQL installed from Debian's packages. */
	private static Path binaries() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(version -> version.resolve("bin"))
				.filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
				.max(Comparator
					.comparing(candidate -> Integer.parseInt(candidate.getParent().getFileName().toString())))
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL under /usr/lib/postgresql/*/bin"));
		}
		catch (IOException failed) {
			throw new IllegalStateException("The database-restart test needs PostgreSQL's server binaries"
					+ " (Debian's postgresql package: /usr/lib/postgresql/<version>/bin)", failed);
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
