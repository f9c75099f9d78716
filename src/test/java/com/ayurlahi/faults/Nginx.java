package com.ayurlahi.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx as the test's own process ({@code nginx -p
 *
<dir>
 *  -c <conf> -g 'daemon
 * off;'}), with its configuration, pid file, logs and temporary files in a directory of
 * the test: a reverse proxy in front of the application's instances, as in production. A
 * request that can't reach one instance (refused, reset, 502/503) goes to the next one
 * ({@code proxy_next_upstream}); a request already sent is not sent again unless it is
 * idempotent, which is nginx's rule.
 */
final class Nginx implements AutoCloseable {

	private static final Path BINARY = Path.of(System.getProperty("nginx.binary", "/usr/sbin/nginx"));

	private final Path directory;

	private final int port;

	private final Process process;

	private Nginx(Path directory, int port, Process process) {
		this.directory = directory;
		this.port = port;
		this.process = process;
	}

	/**
	 * Starts nginx on a free port in front of {@code instances} and waits until it
	 * proxies.
	 */
	static Nginx inFrontOf(Path directory, List<AppInstance> instances) {
		return inFrontOf(directory, instances, AppInstance.freePort());
	}

	/**
	 * Starts nginx on {@code port} (chosen before the instances start, so that they can
	 * be told the cluster's address) in front of {@code instances}.
	 */
	static Nginx inFrontOf(Path directory, List<AppInstance> instances, int port) {
		if (!Files.isExecutable(BINARY)) {
			throw new IllegalStateException(
					"The cluster test needs nginx from Debian's packages (apt-get install nginx); .ci/run installs it");
		}
		try {
			for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi", "logs")) {
				Files.createDirectories(directory.resolve(temp));
			}
			String servers = instances.stream()
				.map(instance -> "        server 127.0.0.1:" + instance.port() + " max_fails=1 fail_timeout=3s;")
				.collect(Collectors.joining("\n"));
			Path conf = directory.resolve("nginx.conf");
			Files.writeString(conf, """
					%s
					worker_processes 1;
					pid %s/nginx.pid;
					error_log %s/logs/error.log warn;
					events { worker_connections 512; }
					http {
					    access_log %s/logs/access.log;
					    client_body_temp_path %s/client_body;
					    proxy_temp_path %s/proxy;
					    fastcgi_temp_path %s/fastcgi;
					    uwsgi_temp_path %s/uwsgi;
					    scgi_temp_path %s/scgi;
					    client_max_body_size 12m;
					    upstream ayurlahi {
					%s
					    }
					    server {
					        listen 127.0.0.1:%d;
					        location / {
					            proxy_pass http://ayurlahi;
					            proxy_http_version 1.1;
					            proxy_set_header Connection "";
					            proxy_set_header Host $http_host;
					            proxy_set_header X-Forwarded-For $remote_addr;
					            proxy_set_header X-Forwarded-Proto $scheme;
					            proxy_set_header X-Forwarded-Host $http_host;
					            proxy_connect_timeout 2s;
					            proxy_read_timeout 60s;
					            proxy_next_upstream error timeout http_502 http_503;
					            proxy_next_upstream_tries 2;
					        }
					    }
					}
					""".formatted(isRoot() ? "user root;" : "", directory, directory, directory, directory, directory,
					directory, directory, directory, servers, port));
			Process process = new ProcessBuilder(BINARY.toString(), "-p", directory.toString(), "-c", conf.toString(),
					"-g", "daemon off;")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("logs/nginx.out").toFile()))
				.start();
			Nginx nginx = new Nginx(directory, port, process);
			nginx.awaitProxying();
			return nginx;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	int port() {
		return port;
	}

	private void awaitProxying() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		await("nginx proxying on port " + port).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"nginx exited: " + Files.readString(directory.resolve("logs/nginx.out")));
				}
				try {
					return http
						.send(HttpRequest
							.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
							.build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200;
				}
				catch (IOException notYet) {
					return false;
				}
			});
	}

	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

}
