package com.ayurlahi.common.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.UserManagement;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A payment's notifications and its payout transfer never wait for PDFs: with every
 * thread of the documents lane busy, a captured payment's manufacturer is told, in the
 * app and its payout goes to Razorpay; the tax invoice waits and is issued once a thread
 * is free.
 */
@IntegrationTest
class BackgroundLanesIT {

	@Autowired
	@Qualifier(Lanes.DOCUMENTS)
	ThreadPoolTaskExecutor documents;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeterRegistry meters;

	@Test
	void aCapturedPaymentsNotificationsAndPayoutGoOutWhileTheDocumentsLaneIsBusy() throws InterruptedException {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		manufacturers.setTerms(maker.manufacturer().getId(),
				new ManufacturerTerms(new BigDecimal("10.00"), "acc_LaneMaker00001"), Profiles.ADMIN);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "112.50", 20);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 2)),
				null, OrderSource.WEB);

		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch busy = new CountDownLatch(documents.getMaxPoolSize());
		try {
			for (int thread = 0; thread < documents.getMaxPoolSize(); thread++) {
				documents.execute(() -> {
					busy.countDown();
					await(release);
				});
			}
			assertThat(busy.await(10, TimeUnit.SECONDS)).as("every documents thread taken").isTrue();

			PaymentCheckout checkout = checkouts.initiate(order.id(), Accounts.principal(clinic.owner()));
			new SandboxCheckout(mvc).payAndReturn(checkout);
			assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);

			Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				assertThat(jdbc.sql("select message from notifications where user_id = :user")
					.param("user", maker.owner().getId())
					.query(String.class)
					.list()).contains("Order " + order.orderNumber() + " is paid: it is ready to pack.");
				assertThat(jdbc.sql("select status from payout_transfers where order_id = :order")
					.param("order", order.id())
					.query(String.class)
					.single()).isEqualTo("ON_HOLD");
			});
			assertThat(invoices.forOrder(order.id(), Profiles.ADMIN)).as("the invoice, waiting for a thread").isEmpty();
			assertThat(documents.getThreadPoolExecutor().getQueue()).as("its issue, queued").isNotEmpty();
			assertThat(meters.get("executor.queued").tag("name", Lanes.DOCUMENTS).gauge().value())
				.as("the lane's queue in the metrics")
				.isGreaterThanOrEqualTo(1);
		}
		finally {
			release.countDown();
		}

		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(invoices.forOrder(order.id(), Profiles.ADMIN)).singleElement()
				.satisfies(invoice -> assertThat(invoice.getTotal()).isEqualByComparingTo("236.26")));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

}
