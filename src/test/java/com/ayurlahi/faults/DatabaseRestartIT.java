package com.ayurlahi.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.PortalClient;

/**
 * PostgreSQL stopped (fast: open transactions rolled back, connections cut) and started
 * again while a clinic keeps using a portal page, reading the API and placing orders
 * through it. While it is down, every request is answered 503: the portal with a page
 * that says to try again shortly, the API with problem+json, never a 500 or a stack
 * trace, and readiness is DOWN. Once it is back the application recovers by itself within
 * seconds (its pool reconnects), and no order is half-written: every order has its lines,
 * and the stock sold matches the orders to the unit. The application is the built jar on
 * a PostgreSQL server of the test's own.
 */
class DatabaseRestartIT {

	private static final Duration RECOVERY = Duration.ofSeconds(20);

	@Test
	void requestsAreAnswered503WhileTheDatabaseIsDownAndNothingIsHalfWritten(@TempDir Path dataDir) throws Exception {
		try (PrivatePostgres postgres = PrivatePostgres.startWith("ayurlahi");
				AppInstance app = new AppInstance("db-restart", postgres.jdbcUrl("ayurlahi"), "postgres", "", dataDir,
						List.of("--ayurlahi.payments.sweep-interval=1h", "--ayurlahi.invoices.sweep-interval=1h"))
					.start()) {
			UUID product;
			int stockBefore;
			Instant started;
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("ayurlahi"), "postgres", "")) {
				JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				product = sql.sql("select id from products where active order by sku limit 1")
					.query(UUID.class)
					.single();
				stockBefore = 100_000;
				started = sql.sql("select now()").query(Timestamp.class).single().toInstant();
				sql.sql("update products set stock_quantity = ?, min_order_quantity = 1 where id = ?")
					.params(stockBefore, product)
					.update();
			}
			Load load = new Load(app, product);
			Thread client = Thread.ofPlatform().name("db-restart-client").start(load);
			try {
				await("steady traffic").atMost(Duration.ofMinutes(2))
					.until(() -> load.healthy() && load.succeeded("order") >= 5);

				Instant stopped = Instant.now();
				postgres.stopFast();
				await("503s while the database is down").atMost(Duration.ofMinutes(1))
					.until(() -> load.healthy() && load.unavailableSince(stopped, "page") >= 2
							&& load.unavailableSince(stopped, "read") >= 2
							&& load.unavailableSince(stopped, "order") >= 2);
				assertThat(app.status("/actuator/health/readiness")).as("readiness while the database is down")
					.isEqualTo(503);
				assertThat(app.status("/actuator/health/liveness")).as("liveness: no reason to restart the app")
					.isEqualTo(200);

				postgres.start();
				Instant back = Instant.now();
				await("recovered by itself").atMost(RECOVERY)
					.until(() -> load.healthy() && load.succeededSince(back, "page")
							&& load.succeededSince(back, "read") && load.succeededSince(back, "order")
							&& app.status("/actuator/health/readiness") == 200);
				Instant recovered = Instant.now();
				await("more orders after the restart").atMost(Duration.ofSeconds(30))
					.until(() -> load.placedSince(recovered) >= 3);
			}
			catch (ConditionTimeoutException timedOut) {
				throw new AssertionError(timedOut.getMessage() + "; the client's answers: " + load.summary(), timedOut);
			}
			finally {
				load.stop();
				client.join(Duration.ofSeconds(60));
			}

			assertThat(load.failure).as("the client's own failure").isNull();
			assertThat(load.answers).as(load.summary()).isNotEmpty();
			assertThat(load.answers).as("answers other than success or 503").allSatisfy(answer -> {
				assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503);
			});
			List<Answer> unavailable = load.answers.stream().filter(answer -> answer.status() == 503).toList();
			assertThat(unavailable).isNotEmpty().allSatisfy(answer -> {
				assertThat(answer.body()).doesNotContain("Exception", "\tat ", "org.postgresql", "Hikari");
				if (answer.kind().equals("page")) {
					assertThat(answer.contentType()).startsWith("text/html");
					assertThat(answer.body()).contains("Briefly unavailable", "Please try again in a few seconds.");
				}
				else {
					assertThat(answer.contentType()).startsWith("application/problem+json");
					assertThat(answer.body()).contains("\"status\":503", "Please try again in a few seconds.");
				}
			});

			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("ayurlahi"), "postgres", "")) {
				JdbcClient sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				List<UUID> ordersOfTheProduct = sql
					.sql("select distinct order_id from order_items where product_id = ?")
					.params(product)
					.query(UUID.class)
					.list();
				assertThat(ordersOfTheProduct).as("every order answered 201 is there")
					.containsAll(load.placed.keySet());
				assertThat(sql.sql("""
						select count(*) from orders o
						 where o.id in (select order_id from order_items where product_id = ?)
						   and o.total <> (select sum(i.line_total) from order_items i where i.order_id = o.id)""")
					.params(product)
					.query(Long.class)
					.single()).as("orders whose total is not the sum of their lines").isZero();
				// the demo's month of backdated sales history (written at start-up,
				// before the test) took no stock
				long sold = sql.sql("""
						select coalesce(sum(i.quantity), 0) from order_items i join orders o on o.id = i.order_id
						 where i.product_id = ? and o.created_at >= ?""")
					.params(product, Timestamp.from(started))
					.query(Long.class)
					.single();
				int stockAfter = sql.sql("select stock_quantity from products where id = ?")
					.params(product)
					.query(Integer.class)
					.single();
				assertThat(stockBefore - stockAfter).as("stock taken = units in orders").isEqualTo(sold);
			}
		}
	}

	/** One answer the client got. */
	record Answer(String kind, Instant at, int status, String contentType, String body) {

		@Override
		public String toString() {
			return kind + " at " + at + ": " + status + " " + contentType + " "
					+ body.substring(0, Math.min(300, body.length()));
		}

	}

	/**
	 * A clinic going round: its catalog page, its orders in the API, and every third
	 * round an order of one unit of the product; until stopped, at most five minutes.
	 */
	static final class Load implements Runnable {

		private final AppInstance app;

		private final UUID product;

		private final AtomicBoolean stopped = new AtomicBoolean();

		final List<Answer> answers = new CopyOnWriteArrayList<>();

		final Map<UUID, Instant> placed = new ConcurrentHashMap<>();

		volatile Throwable failure;

		Load(AppInstance app, UUID product) {
			this.app = app;
			this.product = product;
		}

		void stop() {
			stopped.set(true);
		}

		@Override
		public void run() {
			try {
				String base = "http://localhost:" + app.port();
				HttpApi api = HttpApi.signIn(base, DemoData.CLINIC, DemoData.PASSWORD);
				PortalClient portal = new PortalClient(app.port());
				assertThat(portal.signIn(DemoData.CLINIC, DemoData.PASSWORD).statusCode()).isEqualTo(302);
				Instant end = Instant.now().plus(Duration.ofMinutes(5));
				for (int round = 0; !stopped.get() && Instant.now().isBefore(end); round++) {
					record("page", () -> portal.get("/clinic/catalog"));
					record("read", () -> api.get("/api/orders"));
					if (round % 3 != 0) {
						continue;
					}
					HttpResponse<String> order = record("order", () -> api.post("/api/orders",
							Map.of("items", List.of(Map.of("productId", product.toString(), "quantity", 1)))));
					if (order.statusCode() == 201) {
						placed.put(UUID.fromString(HttpApi.json(order).get("id").asString()), Instant.now());
					}
				}
			}
			catch (Throwable failed) {
				failure = failed;
			}
		}

		private HttpResponse<String> record(String kind, Supplier<HttpResponse<String>> request) {
			HttpResponse<String> answer = request.get();
			answers.add(new Answer(kind, Instant.now(), answer.statusCode(),
					answer.headers().firstValue("Content-Type").orElse(""), answer.body()));
			return answer;
		}

		/** True while the client goes on; its failure when it stopped on one. */
		boolean healthy() {
			Throwable failed = failure;
			if (failed != null) {
				throw new IllegalStateException("The client stopped: " + failed, failed);
			}
			return true;
		}

		/** The answers so far, counted by kind and status, and the last few. */
		String summary() {
			Map<String, Long> counts = new TreeMap<>();
			answers.forEach(answer -> counts.merge(answer.kind() + " " + answer.status(), 1L, Long::sum));
			return counts + ", last: " + answers.subList(Math.max(0, answers.size() - 3), answers.size());
		}

		long succeeded(String kind) {
			return answers.stream().filter(answer -> answer.kind().equals(kind) && answer.status() < 300).count();
		}

		long unavailableSince(Instant since, String kind) {
			return answers.stream()
				.filter(answer -> answer.kind().equals(kind) && answer.status() == 503 && answer.at().isAfter(since))
				.count();
		}

		boolean succeededSince(Instant since, String kind) {
			return answers.stream()
				.anyMatch(answer -> answer.kind().equals(kind) && answer.status() < 300 && answer.at().isAfter(since));
		}

		long placedSince(Instant since) {
			return placed.values().stream().filter(at -> at.isAfter(since)).count();
		}

	}

}
