package com.ayurlahi.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * One instance of the built application ({@code target/ayurlahi.jar}, which Maven's
 * {@code package} phase makes before the integration tests) running as a child process of
 * the test, as it runs in production: its own JVM, a real port, PostgreSQL, and the
 * embedded adapters of the default profile (the payment sandbox, the WhatsApp simulator,
 * documents on disk) with its demo logins. A test starts it, waits until it is ready,
 * kills it with SIGKILL ({@link #kill}, what {@code kill -9} does) and starts it again on
 * the same database. Its output goes to {@code target/faults/<name>.log}.
 */
final class AppInstance implements AutoCloseable {

	static final Path JAR = Path.of("target", "ayurlahi.jar");

	private static final Path LOGS = Path.of("target", "faults");

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> settings;

	private @Nullable Process process;

	/**
	 * An instance called {@code name} on the database at {@code jdbcUrl}, its documents
	 * under {@code dataDir}, with more settings ({@code --key=value}) on top of the
	 * defaults.
	 */
	AppInstance(String name, String jdbcUrl, String username, String password, Path dataDir, List<String> more) {
		this.name = name;
		this.port = freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=" + username, "--spring.datasource.password=" + password,
				"--ayurlahi.data-dir=" + dataDir.toAbsolutePath(), "--spring.thymeleaf.cache=true",
				"--ayurlahi.auth.rate-limit.capacity=100000", "--ayurlahi.jobs.resume-interval=2s",
				"--ayurlahi.whatsapp.simulator.step-delay=50ms",
				// A request that finds the database gone waits at most this long for a
				// connection before it is answered 503.
				"--spring.datasource.hikari.connection-timeout=2000"));
		all.addAll(more);
		this.settings = List.copyOf(all);
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** Starts the process and waits until its readiness probe answers UP. */
	AppInstance start() {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR.toAbsolutePath()
					+ " is missing: the fault tests run the built jar; run them with ./mvnw verify (package builds it)");
		}
		try {
			Files.createDirectories(LOGS);
			List<String> command = new ArrayList<>(
					List.of(java(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
							"-Djava.security.egd=file:/dev/./urandom", "-jar", JAR.toAbsolutePath().toString()));
			command.addAll(settings);
			Path log = LOGS.resolve(name + ".log");
			Files.writeString(log, "==== start " + Instant.now() + "\n", StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		awaitReady();
		return this;
	}

	void awaitReady() {
		await("instance " + name + " ready on port " + port).atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (process == null || !process.isAlive()) {
					throw new IllegalStateException("Instance " + name + " exited; see target/faults/" + name + ".log");
				}
				return status("/actuator/health/readiness") == 200;
			});
	}

	/** The status of a GET of {@code path}, or -1 when nothing answers. */
	int status(String path) {
		try {
			return http
				.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException refused) {
			return -1;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** SIGKILL: the JVM ends at once, without shutdown hooks or ending a transaction. */
	void kill() {
		Process running = process;
		if (running != null) {
			running.destroyForcibly();
			waitFor(running);
			process = null;
		}
	}

	boolean isRunning() {
		return process != null && process.isAlive();
	}

	long pid() {
		Process running = process;
		if (running == null) {
			throw new IllegalStateException("Instance " + name + " is not running");
		}
		return running.pid();
	}

	@Override
	public void close() {
		Process running = process;
		if (running != null) {
			running.destroy();
			try {
				if (!running.waitFor(30, TimeUnit.SECONDS)) {
					running.destroyForcibly();
					waitFor(running);
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				running.destroyForcibly();
			}
			process = null;
		}
	}

	private static void waitFor(Process running) {
		try {
			running.waitFor();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The java the tests run with (a JDK of at least the project's version). */
	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
