package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.gateway.RazorpaySignatures;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;
import com.ayurlahi.payments.gateway.SandboxRazorpay.HeldWebhook;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paying a WhatsApp order by a Razorpay payment link, through the sandbox: the link is
 * asked for in the checkout's transaction and made after commit
 * ({@link PaymentLinkIssued} with its URL and expiry); its public page is marked as the
 * sandbox; paying it confirms the order, captures the payment and settles it in the
 * ledger exactly once, whichever of {@code payment_link.paid}, {@code payment.captured}
 * and {@code order.paid} arrives first and however often each is delivered; a declined
 * attempt leaves the link payable; the link is cancelled when the order is cancelled or
 * swept, and a link that was paid meanwhile breaks nothing (the money goes back).
 */
@IntegrationTest
class PaymentLinkFlowIT {

	private static final String SWEEP = "payment-timeout-sweep";

	@Autowired
	PaymentLinks links;

	@Autowired
	PaymentQueries paymentQueries;

	@Autowired
	OrderPlacement placement;

	@Autowired
	OrderManagement orders;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	SandboxRazorpay sandbox;

	@Autowired
	JobRunner jobs;

	@Autowired
	PaymentSettings settings;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ConfigurableApplicationContext context;

	private final List<PaymentLinkIssued> issued = new CopyOnWriteArrayList<>();

	private final ApplicationListener<ApplicationEvent> issuedLinks = event -> {
		if (event instanceof PayloadApplicationEvent<?> payload
				&& payload.getPayload() instanceof PaymentLinkIssued link) {
			issued.add(link);
		}
	};

	@BeforeEach
	void hearIssuedLinks() {
		context.addApplicationListener(issuedLinks);
	}

	@AfterEach
	void stopHearingAndDeliverNormally() {
		context.removeApplicationListener(issuedLinks);
		sandbox.deliverNextWebhooks(Delivery.NORMAL);
		sandbox.takeHeldWebhooks();
	}

	@Test
	void aLinkAskedForInTheCheckoutsTransactionIsMadeAfterCommitAndItsPublicSandboxPageTakesThePayment() {
		Fixture fixture = new Fixture();

		PaymentLinkView link = fixture.requestAndAwaitLink();

		assertThat(issued).filteredOn(event -> event.orderId().equals(fixture.order.id()))
			.singleElement()
			.satisfies(event -> {
				assertThat(event.orderNumber()).isEqualTo(fixture.order.orderNumber());
				assertThat(event.clinicUserId()).isEqualTo(fixture.clinic.owner().getId());
				assertThat(event.amount()).isEqualByComparingTo("236.25");
				assertThat(event.url()).isEqualTo(link.url());
				assertThat(event.expiresAt()).isEqualTo(link.expiresAt());
			});
		assertThat(link.status()).isEqualTo(PaymentLinkStatus.ISSUED);
		assertThat(link.amount()).isEqualByComparingTo("236.25");
		assertThat(link.url()).startsWith("http://localhost:").contains("/sandbox/razorpay/links/plink_");
		assertThat(link.expiresAt()).isCloseTo(fixture.order.createdAt().plus(settings.timeout()),
				within(1, ChronoUnit.SECONDS));
		assertThat(jdbc.sql("select reference_id from payment_links where id = :id")
			.param("id", link.id())
			.query(String.class)
			.single()).isEqualTo(fixture.order.orderNumber());
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_REQUESTED")).hasSize(1);
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_ISSUED")).singleElement()
			.satisfies(entry -> assertThat(entry.actorRole()).isEqualTo("RAZORPAY"));

		MvcTestResult page = mvc.get().uri(path(link)).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("SANDBOX")
			.contains(fixture.order.orderNumber())
			.contains("₹236.25")
			.contains("Pay with UPI");

		MvcTestResult paid = pay(link, "UPI_SUCCESS");

		assertThat(paid).bodyText().contains("Payment successful.");
		await()
			.untilAsserted(() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED));
		await().untilAsserted(() -> assertThat(outcomesOf(fixture.order.id())).hasSize(3)
			.doesNotContain("RECEIVED")
			.containsOnlyOnce("APPLIED"));
		fixture.assertPaidOnce();
	}

	@Test
	void askingAgainWhileTheLinkIsOwedOrPayableChangesNothing() {
		Fixture fixture = new Fixture();
		transactions.executeWithoutResult(status -> {
			links.request(fixture.order.id());
			links.request(fixture.order.id());
		});
		PaymentLinkView link = fixture.awaitLink();

		transactions.executeWithoutResult(status -> links.request(fixture.order.id()));

		assertThat(links.current(fixture.order.id())).hasValue(link);
		assertThat(linkRows(fixture.order.id())).isEqualTo(1);
	}

	@Test
	void onlyAnOrderWaitingForItsPaymentGetsALinkAndOnlyInsideATransaction() {
		Fixture fixture = new Fixture();
		fixture.requestAndAwaitLink();
		fixture.payHeldBack(List.of("payment_link.paid", "payment.captured", "order.paid"));

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> links.request(fixture.order.id())))
			.isInstanceOf(ConflictException.class)
			.hasMessage("Order " + fixture.order.orderNumber() + " is confirmed: there is nothing to pay.");
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> links.request(UUID.randomUUID())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> links.request(new Fixture().order.id()))
			.hasMessageContaining("No existing transaction");
		assertThat(links.current(fixture.order.id())).isEmpty();
	}

	static Stream<Arguments> arrivalOrders() {
		List<String> events = List.of("payment_link.paid", "payment.captured", "order.paid");
		List<Arguments> orders = new ArrayList<>();
		for (String first : events) {
			for (String second : events) {
				for (String third : events) {
					if (!first.equals(second) && !first.equals(third) && !second.equals(third)) {
						orders.add(Arguments.of(List.of(first, second, third)));
					}
				}
			}
		}
		return orders.stream();
	}

	@ParameterizedTest
	@MethodSource("arrivalOrders")
	void theOrderIsConfirmedCapturedAndSettledOnceWhateverOrderTheWebhooksArriveInAndHoweverOftenEachIsDelivered(
			List<String> arrival) {
		Fixture fixture = new Fixture();
		fixture.requestAndAwaitLink();

		List<String> outcomes = fixture.payHeldBack(arrival);

		assertThat(outcomes).first().isEqualTo("APPLIED");
		assertThat(outcomes).containsOnlyOnce("APPLIED").containsOnly("APPLIED", "NO_CHANGE");
		fixture.assertPaidOnce();
	}

	@Test
	void aCaptureReportWithoutTheLinksNotesIsSkippedSafelyAndTheLinksOwnReportConfirms() {
		Fixture fixture = new Fixture();
		fixture.requestAndAwaitLink();
		sandbox.deliverNextWebhooks(Delivery.HOLD);
		pay(links.current(fixture.order.id()).orElseThrow(), "UPI_SUCCESS");
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();
		HeldWebhook captured = withoutNotes(heldOf(held, "payment.captured"));

		assertThat(deliver(captured)).isEqualTo("UNKNOWN_ORDER");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(deliver(heldOf(held, "payment_link.paid"))).isEqualTo("APPLIED");
		assertThat(deliver(heldOf(held, "order.paid"))).isEqualTo("NO_CHANGE");
		assertThat(deliver(heldOf(held, "payment.captured"))).isEqualTo("NO_CHANGE");

		fixture.assertPaidOnce();
	}

	@Test
	void aDeclinedAttemptLeavesTheLinkPayableAndTheClinicPaysItAgain() {
		Fixture fixture = new Fixture();
		PaymentLinkView link = fixture.requestAndAwaitLink();

		assertThat(pay(link, "CARD_DECLINED")).bodyText()
			.contains("Your payment was declined by the bank. Try another card or UPI.")
			.contains("Pay with UPI");

		await().untilAsserted(
				() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PAYMENT_FAILED));
		assertThat(orders.find(fixture.order.id()).statusHistory().getLast().note())
			.isEqualTo("Your payment was declined by the bank. Try another card or UPI.");
		assertThat(links.current(fixture.order.id())).hasValue(link);
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_ATTEMPT_FAILED")).hasSize(1);
		assertThat(paymentQueries.forOrder(fixture.order.id(), fixture.clinicUser())).isEmpty();

		assertThat(pay(link, "UPI_SUCCESS")).bodyText().contains("Payment successful.");

		await()
			.untilAsserted(() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED));
		await().untilAsserted(() -> assertThat(outcomesOf(fixture.order.id())).hasSize(4).doesNotContain("RECEIVED"));
		fixture.assertPaidOnce();
	}

	@Test
	void cancellingTheOrderCancelsItsLinkAtRazorpay() {
		Fixture fixture = new Fixture();
		PaymentLinkView link = fixture.requestAndAwaitLink();

		orders.cancel(fixture.order.id(), "Ordered twice by mistake", fixture.clinicUser());

		await().untilAsserted(() -> assertThat(linkStatus(link.id())).isEqualTo("CANCELLED"));
		assertThat(links.current(fixture.order.id())).isEmpty();
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_CANCEL_REQUESTED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("Order cancelled: Ordered twice by mistake"));
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_CANCELLED")).singleElement()
			.satisfies(entry -> assertThat(entry.actorRole()).isEqualTo("RAZORPAY"));
		// Razorpay's payment_link.cancelled may land before or after our own record of
		// the
		// cancellation: either marks the link cancelled, once.
		await().untilAsserted(() -> assertThat(outcomesOfType("payment_link.cancelled", link)).singleElement()
			.isIn("APPLIED", "NO_CHANGE"));
		assertThat(mvc.get().uri(path(link)).exchange()).bodyText()
			.contains("This payment link is cancelled.")
			.doesNotContain("Pay with UPI");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void theTimeoutSweepCancelsTheUnpaidOrderAndItsLink() {
		Fixture fixture = new Fixture();
		PaymentLinkView link = fixture.requestAndAwaitLink();
		jdbc.sql("update orders set created_at = :at where id = :id")
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofHours(2))))
			.param("id", fixture.order.id())
			.update();

		assertThat(jobs.run(SWEEP)).hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("COMPLETED"));

		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
		await().untilAsserted(() -> assertThat(linkStatus(link.id())).isEqualTo("CANCELLED"));
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_CANCEL_REQUESTED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("Not paid within 30 minutes."));
		assertThat(links.current(fixture.order.id())).isEmpty();
	}

	@Test
	void aLinkPaidJustBeforeTheOrderWasCancelledBreaksNothingAndTheMoneyGoesBack() {
		Fixture fixture = new Fixture();
		PaymentLinkView link = fixture.requestAndAwaitLink();
		sandbox.deliverNextWebhooks(Delivery.HOLD);
		pay(link, "UPI_SUCCESS");
		List<HeldWebhook> held = sandbox.takeHeldWebhooks();

		orders.cancel(fixture.order.id(), "Found it cheaper", fixture.clinicUser());

		await().untilAsserted(() -> assertThat(linkAudit(link.id(), "PAYMENT_LINK_CANCEL_FAILED")).singleElement()
			.satisfies(entry -> assertThat(entry.changes()).contains("it is paid")));
		assertThat(deliver(heldOf(held, "payment_link.paid"))).isEqualTo("FLAGGED");
		assertThat(deliver(heldOf(held, "payment.captured"))).isEqualTo("NO_CHANGE");
		assertThat(deliver(heldOf(held, "order.paid"))).isEqualTo("NO_CHANGE");

		assertThat(linkStatus(link.id())).isEqualTo("PAID");
		PaymentView payment = paymentQueries.forOrder(fixture.order.id(), fixture.clinicUser()).getFirst();
		assertThat(payment.reviewReason()).isEqualTo("Captured while order " + fixture.order.orderNumber()
				+ " was cancelled: the money is refunded to the clinic.");
		await().untilAsserted(() -> assertThat(paymentQueries.get(payment.id(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.REFUNDED));
		assertThat(jdbc.sql("select amount from refunds where payment_id = :id")
			.param("id", payment.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("236.25");
		assertThat(orders.find(fixture.order.id()).statusHistory()).extracting(OrderView.Step::status)
			.doesNotContain(OrderStatus.CONFIRMED);
	}

	@Test
	void anExpiredLinkIsMarkedSoAndNothingElseChanges() {
		Fixture fixture = new Fixture();
		PaymentLinkView link = fixture.requestAndAwaitLink();
		String razorpayLinkId = path(link).substring(path(link).lastIndexOf('/') + 1);
		String body = """
				{"entity":"event","account_id":"acc_Test","event":"payment_link.expired","contains":["payment_link"],
				 "payload":{"payment_link":{"entity":{"id":"%s","amount":23625,"amount_paid":0,"currency":"INR",
				 "reference_id":"%s","status":"expired","notes":{}}}},"created_at":1768040000}"""
			.formatted(razorpayLinkId, fixture.order.orderNumber());
		HeldWebhook expired = new HeldWebhook("evt_Expired" + UUID.randomUUID().toString().substring(0, 8),
				"payment_link.expired", body, sign(body));

		assertThat(deliver(expired)).isEqualTo("APPLIED");
		assertThat(webhook(expired)).bodyJson().extractingPath("$.status").isEqualTo("duplicate");

		assertThat(linkStatus(link.id())).isEqualTo("EXPIRED");
		assertThat(links.current(fixture.order.id())).isEmpty();
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(orders.find(fixture.order.id()).statusHistory()).hasSize(1);
		assertThat(linkAudit(link.id(), "PAYMENT_LINK_EXPIRED")).hasSize(1);
	}

	@Test
	void anItemCancelledWhileTheOrderWaitsReplacesTheLinkWithOneForTheNewTotal() {
		Fixture fixture = new Fixture();
		ProductView second = TestCatalog.product(listing, fixture.maker, "10.00", 20);
		OrderView order = placement.place(fixture.clinicUser(),
				List.of(new OrderLine(fixture.product.id(), 1), new OrderLine(second.id(), 1)), null,
				OrderSource.WHATSAPP);
		transactions.executeWithoutResult(status -> links.request(order.id()));
		await().until(() -> links.current(order.id()).isPresent());
		PaymentLinkView first = links.current(order.id()).orElseThrow();
		assertThat(first.amount()).isEqualByComparingTo("128.63");

		orders.cancelItem(order.id(), order.items().get(1).id(), "Out of stock",
				Accounts.principal(fixture.maker.owner()));

		await().untilAsserted(() -> assertThat(links.current(order.id()))
			.hasValueSatisfying(link -> assertThat(link.id()).isNotEqualTo(first.id())));
		PaymentLinkView replacement = links.current(order.id()).orElseThrow();
		assertThat(replacement.amount()).isEqualByComparingTo("118.13");
		assertThat(replacement.url()).isNotEqualTo(first.url());
		await().untilAsserted(() -> assertThat(linkStatus(first.id())).isEqualTo("CANCELLED"));
		assertThat(jdbc.sql("select reference_id from payment_links where id = :id")
			.param("id", replacement.id())
			.query(String.class)
			.single()).isEqualTo(order.orderNumber() + "-2");
		assertThat(issued).filteredOn(event -> event.orderId().equals(order.id()))
			.extracting(PaymentLinkIssued::amount)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("128.63"), new BigDecimal("118.13"));
	}

	private MvcTestResult pay(PaymentLinkView link, String choice) {
		MvcTestResult page = mvc.post().uri(path(link)).param("choice", choice).with(csrf()).exchange();
		assertThat(page).hasStatusOk();
		return page;
	}

	private static String path(PaymentLinkView link) {
		return URI.create(link.url()).getPath();
	}

	private static HeldWebhook heldOf(List<HeldWebhook> held, String type) {
		return held.stream().filter(webhook -> webhook.type().equals(type)).findFirst().orElseThrow();
	}

	/**
	 * The event as Razorpay would send it if it did not copy the link's notes onto the
	 * payment: another event id, signed anew.
	 */
	private HeldWebhook withoutNotes(HeldWebhook webhook) {
		ObjectNode root = (ObjectNode) json.readTree(webhook.body());
		((ObjectNode) root.path("payload").path("payment").path("entity")).putObject("notes");
		String body = json.writeValueAsString(root);
		return new HeldWebhook(webhook.eventId() + "x", webhook.type(), body, sign(body));
	}

	/**
	 * Posts the webhook as Razorpay would and waits until it is applied: its outcome.
	 */
	private String deliver(HeldWebhook webhook) {
		assertThat(webhook(webhook)).hasStatusOk();
		await().until(() -> !"RECEIVED".equals(outcome(webhook.eventId())));
		return outcome(webhook.eventId());
	}

	private MvcTestResult webhook(HeldWebhook webhook) {
		return mvc.post()
			.uri("/api/webhooks/razorpay/payment")
			.contentType(MediaType.APPLICATION_JSON)
			.content(webhook.body().getBytes(StandardCharsets.UTF_8))
			.header("X-Razorpay-Event-Id", webhook.eventId())
			.header("X-Razorpay-Signature", webhook.signature())
			.exchange();
	}

	private String sign(String body) {
		return RazorpaySignatures.sign(body, settings.keys().webhookSecret());
	}

	private String outcome(String eventId) {
		return jdbc.sql("select outcome from razorpay_events where event_id = :id")
			.param("id", eventId)
			.query(String.class)
			.optional()
			.orElse("RECEIVED");
	}

	/** The outcomes of the webhooks about the order's link payments. */
	private List<String> outcomesOf(UUID orderId) {
		return jdbc.sql("""
				select e.outcome from razorpay_events e
				where e.razorpay_order_id in (select l.razorpay_order_id from payment_links l where l.order_id = :id)
				""").param("id", orderId).query(String.class).list();
	}

	private List<String> outcomesOfType(String type, PaymentLinkView link) {
		return jdbc.sql("select outcome from razorpay_events where event_type = :type and payload like :link")
			.param("type", type)
			.param("link", "%" + path(link).substring(path(link).lastIndexOf('/') + 1) + "%")
			.query(String.class)
			.list();
	}

	private String linkStatus(UUID linkId) {
		return jdbc.sql("select status from payment_links where id = :id")
			.param("id", linkId)
			.query(String.class)
			.single();
	}

	private long linkRows(UUID orderId) {
		return jdbc.sql("select count(*) from payment_links where order_id = :id")
			.param("id", orderId)
			.query(Long.class)
			.single();
	}

	private List<AuditEntry> linkAudit(UUID linkId, String action) {
		return audit("PaymentLink", linkId, action);
	}

	private List<AuditEntry> audit(String entity, UUID id, String action) {
		return auditLog.find(new AuditQuery(entity, id.toString(), null, action, null, null), PageRequest.of(0, 10))
			.getContent();
	}

	private final class Fixture {

		final OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView product = TestCatalog.product(listing, maker, "112.50", 20);

		/** 2 × ₹112.50 + IGST 5 % = ₹236.25. */
		final OrderView order = placement.place(clinicUser(), List.of(new OrderLine(product.id(), 2)), null,
				OrderSource.WHATSAPP);

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

		/**
		 * The WhatsApp checkout's transaction asks for the link; it is made after commit.
		 */
		PaymentLinkView requestAndAwaitLink() {
			transactions.executeWithoutResult(status -> links.request(order.id()));
			return awaitLink();
		}

		PaymentLinkView awaitLink() {
			await().until(() -> links.current(order.id()).isPresent());
			return links.current(order.id()).orElseThrow();
		}

		/**
		 * Pays the link in the sandbox with its webhooks held back, then delivers each in
		 * the order given, twice (the second time as Razorpay's redelivery, with the same
		 * event id): the outcome of each.
		 */
		List<String> payHeldBack(List<String> arrival) {
			PaymentLinkView link = links.current(order.id()).orElseThrow();
			sandbox.deliverNextWebhooks(Delivery.HOLD);
			assertThat(pay(link, "UPI_SUCCESS")).bodyText().contains("Payment successful.");
			List<HeldWebhook> held = sandbox.takeHeldWebhooks();
			assertThat(held).extracting(HeldWebhook::type)
				.containsExactlyInAnyOrder("payment.captured", "order.paid", "payment_link.paid");
			List<String> outcomes = new ArrayList<>();
			for (String type : arrival) {
				HeldWebhook webhook = heldOf(held, type);
				outcomes.add(deliver(webhook));
				assertThat(webhook(webhook)).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("duplicate");
			}
			return outcomes;
		}

		/**
		 * The order confirmed once, its one payment captured for the link's amount on the
		 * link's Razorpay order, settled once (five ledger rows that balance), the link
		 * paid.
		 */
		void assertPaidOnce() {
			OrderView confirmed = orders.find(order.id());
			assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
			assertThat(confirmed.statusHistory()).extracting(OrderView.Step::status)
				.filteredOn(status -> status == OrderStatus.CONFIRMED)
				.hasSize(1);
			PaymentView payment = paymentQueries.forOrder(order.id(), clinicUser()).getFirst();
			assertThat(paymentQueries.forOrder(order.id(), clinicUser())).hasSize(1);
			assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
			assertThat(payment.amount()).isEqualByComparingTo("236.25");
			assertThat(payment.razorpayPaymentId()).startsWith("pay_");
			assertThat(jdbc.sql("select razorpay_order_id from payment_links where order_id = :id and status = 'PAID'")
				.param("id", order.id())
				.query(String.class)
				.single()).isEqualTo(payment.razorpayOrderId());
			assertThat(jdbc.sql("select count(*) from ledger_entries where payment_id = :id")
				.param("id", payment.id())
				.query(Long.class)
				.single()).isEqualTo(5);
			assertThat(jdbc.sql("select sum(amount) from ledger_entries where payment_id = :id and kind = 'CAPTURED'")
				.param("id", payment.id())
				.query(BigDecimal.class)
				.single()).isEqualByComparingTo("236.25");
			assertThat(audit("Payment", payment.id(), "PAYMENT_CAPTURED")).hasSize(1);
			assertThat(audit("Payment", payment.id(), "SETTLEMENT_RECORDED")).hasSize(1);
			assertThat(links.current(order.id())).isEmpty();
			Optional<String> paidLink = jdbc
				.sql("select id from payment_links where order_id = :id and status = 'PAID'")
				.param("id", order.id())
				.query(String.class)
				.optional();
			assertThat(paidLink).isPresent();
			assertThat(linkAudit(UUID.fromString(paidLink.get()), "PAYMENT_LINK_PAID")).hasSize(1);
		}

	}

}
