package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Stock can't be oversold and comes back exactly once: many clients at the same moment,
 * over HTTP, against PostgreSQL.
 */
@IntegrationTest
class StockConcurrencyIT {

	private static final int CLIENTS = 50;

	@LocalServerPort
	int port;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JwtTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void fiftyClinicsOrderingTheLastTenUnitsAtOnceGetExactlyTenOrders() throws Exception {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "75.00", 10);
		List<User> buyers = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			buyers.add(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner());
		}
		String body = "{\"items\": [{\"productId\": \"%s\", \"quantity\": 1}]}".formatted(product.id());

		List<HttpResponse<String>> responses = allAtOnce(
				buyers.stream().map(buyer -> request("/api/orders", buyer, body)).toList());

		assertThat(responses).filteredOn(response -> response.statusCode() == 201).hasSize(10);
		assertThat(responses).filteredOn(response -> response.statusCode() != 201).hasSize(40).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains(product.name() + " is out of stock.");
		});
		assertThat(catalog.get(product.id(), Profiles.ADMIN).stockQuantity()).isZero();
		assertThat(jdbc.sql("select coalesce(sum(quantity), 0) from order_items where product_id = :id")
			.param("id", product.id())
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

	@Test
	void cancellingOneOrderFromManySidesAtOnceGivesItsStockBackOnce() throws Exception {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "75.00", 10);
		User clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();
		User admin = Accounts.create(users, Role.ADMIN);
		OrderView order = placement.place(Accounts.principal(clinic), List.of(new OrderLine(product.id(), 3)), null,
				OrderSource.WEB);
		String path = "/api/orders/" + order.id() + "/cancel";

		List<HttpRequest> cancellations = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			cancellations.add(request(path, i % 2 == 0 ? clinic : admin, "{\"reason\": \"Cancelled from two desks\"}"));
		}
		List<HttpResponse<String>> responses = allAtOnce(cancellations);

		assertThat(responses).filteredOn(response -> response.statusCode() == 200).hasSize(1);
		assertThat(responses).filteredOn(response -> response.statusCode() != 200)
			.hasSize(19)
			.allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(409));
		assertThat(catalog.get(product.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(10);
		assertThat(orders.get(order.id(), Profiles.ADMIN).statusHistory())
			.filteredOn(step -> step.status() == OrderStatus.CANCELLED)
			.hasSize(1);
	}

	private HttpRequest request(String path, User caller, String json) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + tokens.issue(Accounts.principal(caller)).value())
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
	}

	/** Sends every request from its own thread, released together. */
	private List<HttpResponse<String>> allAtOnce(List<HttpRequest> requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(requests.size())) {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (HttpRequest request : requests) {
				futures.add(threads.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

}
