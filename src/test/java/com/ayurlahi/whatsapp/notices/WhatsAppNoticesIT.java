package com.ayurlahi.whatsapp.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.disputes.Decision;
import com.ayurlahi.disputes.DisputeAnswers;
import com.ayurlahi.disputes.DisputeDecisions;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.disputes.ManufacturerResponse;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceIssued;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentLinkView;
import com.ayurlahi.payments.PaymentLinks;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.NoticeKind;
import com.ayurlahi.whatsapp.WhatsAppSettings;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp notices from real flows: the demo clinic (and fresh clinics) order from a
 * fresh manufacturer, pay in the payments sandbox, are shipped, delivered, cancelled,
 * refunded, invoiced, open and settle disputes and have their profiles decided; each
 * step's notice lands in the outbox for the recipient's verified number once, with its
 * text and the values its template takes. A redelivered event writes nothing more; a
 * muted kind and a user without a verified number get nothing; the manufacturer's texts
 * never hold the clinic's contact details or WhatsApp number. (WhatsApp is off in tests:
 * the sender then keeps each message as not sent, which changes nothing here.)
 */
@IntegrationTest
class WhatsAppNoticesIT {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.shared();

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
	PaymentLinks links;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	DisputeOpening disputeOpening;

	@Autowired
	DisputeAnswers disputeAnswers;

	@Autowired
	DisputeDecisions disputeDecisions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventSerializer serializer;

	@Autowired
	MovableClock clock;

	@Autowired
	WhatsAppSettings settings;

	@Autowired
	OrderNotices orderNotices;

	@Autowired
	InvoiceNotices invoiceNotices;

	@Test
	void theClinicHearsEachStepOfItsPaidOrderOnceAndTheManufacturerItsNewOrder() {
		Fixture fixture = new Fixture(demoClinic());
		// 90 × ₹1,234.56 = ₹1,11,110.40 + IGST 5 % ₹5,555.52 = ₹1,16,665.92; 1 × ₹80.00 +
		// ₹4.00 = ₹84.00
		OrderView order = fixture.paidOrder("1234.56", 90, "80.00", 1);
		String number = order.orderNumber();

		Notice paid = awaitOne(fixture.clinicUserId, NoticeKind.PAYMENT_RECEIVED, number);
		assertThat(paid.phone()).isEqualTo(fixture.clinicPhone);
		assertThat(paid.text()).isEqualTo("We received ₹1,16,749.92 for order " + number + ". Thank you.");
		assertThat(paid.values()).isEqualTo(Map.of("orderNumber", number, "amount", "₹1,16,749.92"));
		Notice newOrder = awaitOne(fixture.makerUserId(), NoticeKind.NEW_ORDER, number);
		assertThat(newOrder.phone()).isEqualTo(fixture.makerPhone);
		String makerLink = portal("/manufacturer/orders/" + order.id());
		assertThat(newOrder.text()).isEqualTo("New paid order " + number + " from " + order.clinicName()
				+ " (₹1,16,749.92) is ready to pack: " + makerLink);
		assertThat(newOrder.values()).containsEntry("total", "₹1,16,749.92").containsEntry("link", makerLink);

		Invoice invoice = awaitTaxInvoice(fixture, order);
		Notice invoiced = awaitOne(fixture.clinicUserId, NoticeKind.INVOICE_ISSUED, number);
		String invoiceLink = portal("/invoices/" + invoice.getId());
		assertThat(invoiced.text()).isEqualTo("Invoice " + invoice.getNumber() + " for order " + number
				+ " (₹1,16,749.92) is issued: " + invoiceLink);
		assertThat(invoiced.values())
			.isEqualTo(Map.of("invoiceNumber", invoice.getNumber(), "orderNumber", number, "link", invoiceLink));

		AuthenticatedUser maker = fixture.makerUser();
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, maker);
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("Blue Dart", "BD123456789"), null, maker);
		Notice shipped = awaitOne(fixture.clinicUserId, NoticeKind.ORDER_SHIPPED, number);
		assertThat(shipped.text())
			.isEqualTo("Order " + number + " is on its way with Blue Dart, tracking number BD123456789.");
		assertThat(shipped.values())
			.isEqualTo(Map.of("orderNumber", number, "carrier", "Blue Dart", "trackingNumber", "BD123456789"));
		orders.changeStatus(order.id(), OrderStatus.DELIVERED, null, null, maker);
		Notice delivered = awaitOne(fixture.clinicUserId, NoticeKind.ORDER_DELIVERED, number);
		assertThat(delivered.text())
			.isEqualTo("Order " + number + " is delivered. Anything damaged, short or wrong? Report it here: "
					+ portal("/clinic/orders/" + order.id()));

		OrderNotices listener = AopTestUtils.getUltimateTargetObject(orderNotices);
		for (OrderStatus step : List.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED)) {
			OrderStatusChanged stored = storedEvent(OrderNotices.class, OrderStatusChanged.class, order.id(),
					change -> change.to() == step);
			redeliverTwice(listener::on, stored);
		}
		redeliverTwice(AopTestUtils.<InvoiceNotices>getUltimateTargetObject(invoiceNotices)::on,
				storedEvent(InvoiceNotices.class, InvoiceIssued.class, invoice.getId(), issued -> true));
		assertThat(notices(fixture.clinicUserId, number)).extracting(Notice::kind)
			.containsExactlyInAnyOrder("PAYMENT_RECEIVED", "INVOICE_ISSUED", "ORDER_SHIPPED", "ORDER_DELIVERED");
		assertThat(notices(fixture.makerUserId(), number)).extracting(Notice::kind).containsExactly("NEW_ORDER");
		assertThat(notices(fixture.clinicUserId, number)).allSatisfy(this::fillsItsTemplate);
		fixture.assertNoClinicContactsInTheManufacturersNotices(number);
	}

	@Test
	void anOrderPlacedOverWhatsAppIsSentWithItsPaymentLinkWhichAFailedPaymentSendsAgain() {
		Fixture fixture = new Fixture(demoClinic());
		// 3 × ₹1,234.56 = ₹3,703.68 + IGST 5 % ₹185.18 = ₹3,888.86
		OrderView order = fixture.placed("1234.56", 3, null, 0);
		String number = order.orderNumber();
		transactions.executeWithoutResult(status -> links.request(order.id()));
		Awaitility.await().atMost(PATIENCE).until(() -> links.current(order.id()).isPresent());
		PaymentLinkView link = links.current(order.id()).orElseThrow();

		Notice placed = awaitOne(fixture.clinicUserId, NoticeKind.ORDER_PLACED, number);
		String validUntil = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'IST'", Locale.ENGLISH)
			.withZone(ZoneId.of("Asia/Kolkata"))
			.format(link.expiresAt());
		assertThat(placed.phone()).isEqualTo(fixture.clinicPhone);
		assertThat(placed.text()).isEqualTo("Order " + number + " for ₹3,888.86 is placed. Pay here: " + link.url()
				+ " (valid until " + validUntil + ")");
		assertThat(placed.values()).isEqualTo(
				Map.of("orderNumber", number, "total", "₹3,888.86", "link", link.url(), "validUntil", validUntil));
		fillsItsTemplate(placed);

		payLink(link, "CARD_DECLINED");
		Notice failed = awaitOne(fixture.clinicUserId, NoticeKind.PAYMENT_FAILED, number);
		assertThat(failed.text()).isEqualTo("The payment for order " + number
				+ " failed: Your payment was declined by the bank. Try another card or UPI. Pay again here: "
				+ link.url());
		assertThat(failed.values()).isEqualTo(Map.of("orderNumber", number, "link", link.url()));

		payLink(link, "UPI_SUCCESS");
		Notice paid = awaitOne(fixture.clinicUserId, NoticeKind.PAYMENT_RECEIVED, number);
		assertThat(paid.text()).isEqualTo("We received ₹3,888.86 for order " + number + ". Thank you.");
		assertThat(notices(fixture.clinicUserId, number, NoticeKind.ORDER_PLACED)).hasSize(1);
	}

	@Test
	void cancelledItemsAndOrdersAndTheirRefundsAreToldOnceWithTheAmountsToThePaisa() {
		Fixture fixture = new Fixture(demoClinic());
		OrderView order = fixture.paidOrder("1234.56", 90, "80.00", 1);
		String number = order.orderNumber();
		OrderView.Item second = order.items().get(1);
		awaitOne(fixture.clinicUserId, NoticeKind.PAYMENT_RECEIVED, number);

		orders.cancelItem(order.id(), second.id(), "Batch failed quality check.", fixture.makerUser());
		Notice itemCancelled = awaitOne(fixture.clinicUserId, NoticeKind.ORDER_CANCELLED, number);
		String what = "1 × " + second.productName()
				+ " can't be supplied (Batch failed quality check); the manufacturer cancelled it."
				+ " Its price will be refunded.";
		assertThat(itemCancelled.text()).isEqualTo("Order " + number + ": " + what);
		assertThat(itemCancelled.values()).isEqualTo(Map.of("orderNumber", number, "what", what));
		Notice itemRefunded = awaitOne(fixture.clinicUserId, NoticeKind.REFUND_PROCESSED, number);
		assertThat(itemRefunded.text()).isEqualTo("₹84.00 for order " + number + " (1 × " + second.productName()
				+ ", cancelled) is refunded to the account it was paid from.");
		assertThat(itemRefunded.values()).isEqualTo(Map.of("orderNumber", number, "amount", "₹84.00"));

		orders.cancel(order.id(), "Ordered twice by mistake", fixture.clinicUser());
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(notices(fixture.clinicUserId, number, NoticeKind.REFUND_PROCESSED)).hasSize(2));
		assertThat(notices(fixture.clinicUserId, number, NoticeKind.ORDER_CANCELLED)).extracting(Notice::text)
			.containsExactlyInAnyOrder("Order " + number + ": " + what,
					"Order " + number + ": cancelled (Ordered twice by mistake). What you paid will be refunded.");
		assertThat(notices(fixture.clinicUserId, number, NoticeKind.REFUND_PROCESSED)).extracting(Notice::text)
			.contains("₹1,16,665.92 for order " + number
					+ " (the order was cancelled) is refunded to the account it was paid from.");
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(handled(OrderNotices.class, order.id(), "\"to\":\"REFUNDED\"")).isTrue());
		assertThat(notices(fixture.clinicUserId, number, NoticeKind.REFUND_PROCESSED))
			.as("the order's REFUNDED status tells the clinic nothing more")
			.hasSize(2);
		assertThat(notices(fixture.clinicUserId, number)).allSatisfy(this::fillsItsTemplate);
	}

	@Test
	void aFailedPaymentWithoutAPaymentLinkGivesTheClinicTheOrderPageToPayAgain() {
		Fixture fixture = new Fixture(demoClinic());
		OrderView order = fixture.placed("112.50", 2, null, 0);
		PaymentCheckout checkout = checkouts.initiate(order.id(), fixture.clinicUser());

		new SandboxCheckout(mvc).declineAndReturn(checkout);

		Notice failed = awaitOne(fixture.clinicUserId, NoticeKind.PAYMENT_FAILED, order.orderNumber());
		String link = portal("/clinic/orders/" + order.id());
		assertThat(failed.text()).startsWith("The payment for order " + order.orderNumber() + " failed: ")
			.endsWith(". Pay again here: " + link);
		assertThat(failed.values()).isEqualTo(Map.of("orderNumber", order.orderNumber(), "link", link));
	}

	@Test
	void eachPartyHearsWhatTheOtherSideAndTheTeamDidWithADispute() {
		Fixture fixture = new Fixture(demoClinic());
		// 2 × ₹1,234.56 at IGST 5 %: one unit comes to ₹1,296.29
		OrderView order = fixture.paidOrder("1234.56", 2, null, 0);
		AuthenticatedUser maker = fixture.makerUser();
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, maker);
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D7000222"), null, maker);
		orders.changeStatus(order.id(), OrderStatus.DELIVERED, null, null, maker);
		String number = order.orderNumber();

		DisputeView dispute = disputeOpening.open(new NewDispute(order.id(),
				List.of(new NewDispute.Line(order.items().get(0).id(), 1, DisputeReason.DAMAGED_IN_TRANSIT)),
				"One pack crushed."), fixture.clinicUser());
		String makerLink = portal("/manufacturer/disputes/" + dispute.id());
		String clinicLink = portal("/clinic/disputes/" + dispute.id());
		String subject = "Dispute " + dispute.disputeNumber() + " (order " + number + "): ";
		Notice opened = awaitOne(fixture.makerUserId(), NoticeKind.DISPUTE_FOR_MANUFACTURER, number);
		assertThat(opened.text()).isEqualTo(subject + "a clinic reported a problem with this order."
				+ " Answer before the deadline, or the Ayurlahi team decides. " + makerLink);

		disputeAnswers.respond(dispute.id(), new ManufacturerResponse(ManufacturerResponse.Action.CONTEST, List.of(),
				"The carton left us intact.", null), maker);
		Notice contested = awaitOne(fixture.clinicUserId, NoticeKind.DISPUTE_UPDATE, number);
		assertThat(contested.text()).isEqualTo(subject
				+ "the manufacturer contested it: The carton left us intact. The Ayurlahi team decides. " + clinicLink);
		assertThat(contested.values()).isEqualTo(Map.of("disputeNumber", dispute.disputeNumber(), "orderNumber", number,
				"what", "the manufacturer contested it: The carton left us intact. The Ayurlahi team decides.", "link",
				clinicLink));

		AuthenticatedUser admin = Accounts.principal(Accounts.create(users, Role.ADMIN));
		disputeDecisions.decide(dispute.id(),
				new Decision(DisputeResolution.REFUND_IN_FULL, List.of(), "The photo shows the crushed pack"), admin);
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(notices(fixture.makerUserId(), number, NoticeKind.DISPUTE_FOR_MANUFACTURER))
				.hasSize(2));
		assertThat(notices(fixture.makerUserId(), number, NoticeKind.DISPUTE_FOR_MANUFACTURER).getLast().text())
			.isEqualTo(subject
					+ "the Ayurlahi team decided: refund in full (₹1,296.29 back to the clinic): The photo shows the"
					+ " crushed pack. " + makerLink);
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(notices(fixture.clinicUserId, number, NoticeKind.DISPUTE_UPDATE))
				.extracting(Notice::text)
				.contains(subject + "the Ayurlahi team decided: refund in full (₹1,296.29 back to you): The photo"
						+ " shows the crushed pack. " + clinicLink));
		Notice refunded = awaitOne(fixture.clinicUserId, NoticeKind.REFUND_PROCESSED, number);
		assertThat(refunded.text()).isEqualTo("₹1,296.29 for order " + number + " (dispute " + dispute.disputeNumber()
				+ ") is refunded to the account it was paid from.");
		assertThat(notices(fixture.makerUserId(), number)).allSatisfy(this::fillsItsTemplate);
		fixture.assertNoClinicContactsInTheManufacturersNotices(number);
	}

	@Test
	void theTeamsDecisionsOnAProfileReachItsOwner() {
		OwnedClinic clinic = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		String clinicPhone = verifiedNumber(clinic.owner().getId());
		String name = clinic.clinic().getName();

		clinics.approve(clinic.clinic().getId(), Profiles.ADMIN);
		Notice approved = awaitOne(clinic.owner().getId(), NoticeKind.PROFILE_DECISION, name);
		assertThat(approved.phone()).isEqualTo(clinicPhone);
		assertThat(approved.text())
			.isEqualTo(name + " on Ayurlahi: approved. You can now order from approved manufacturers.");
		clinics.suspend(clinic.clinic().getId(), "Drug licence expired.", Profiles.ADMIN);
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(notices(clinic.owner().getId(), name)).extracting(Notice::text)
				.containsExactly(approved.text(), name + " on Ayurlahi: suspended: Drug licence expired."
						+ " Write to Ayurlahi support if you have questions."));

		OwnedManufacturer maker = Profiles.pendingManufacturer(users, manufacturers,
				Profiles.manufacturerDetails(IndianState.MAHARASHTRA));
		verifiedNumber(maker.owner().getId());
		String company = maker.manufacturer().getName();
		manufacturers.reject(maker.manufacturer().getId(), "The GSTIN does not match the licence", Profiles.ADMIN);
		Notice rejected = awaitOne(maker.owner().getId(), NoticeKind.PROFILE_DECISION, company);
		String what = "not approved: The GSTIN does not match the licence. Correct your profile and submit it again: "
				+ portal("/manufacturer/profile");
		assertThat(rejected.text()).isEqualTo(company + " on Ayurlahi: " + what);
		assertThat(rejected.values()).isEqualTo(Map.of("name", company, "what", what));
		fillsItsTemplate(rejected);
	}

	@Test
	void aMutedKindAndAUserWithoutAVerifiedNumberGetNothing() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedClinic muting = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedClinic unverified = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		Fixture mutingFixture = new Fixture(muting.owner().getId(), verifiedNumber(muting.owner().getId()), maker);
		Fixture unverifiedFixture = new Fixture(unverified.owner().getId(), null, maker);
		jdbc.sql("insert into whatsapp_muted_kinds (user_id, kind) values (:user, 'PAYMENT_RECEIVED')")
			.param("user", muting.owner().getId())
			.update();

		OrderView mutedOrder = mutingFixture.paidOrder("112.50", 2, null, 0);
		OrderView unverifiedOrder = unverifiedFixture.paidOrder("112.50", 2, null, 0);

		// each paid order's notices are written in one transaction: the manufacturer's is
		// there, so the clinic's was decided
		awaitOne(maker.owner().getId(), NoticeKind.NEW_ORDER, mutedOrder.orderNumber());
		awaitOne(maker.owner().getId(), NoticeKind.NEW_ORDER, unverifiedOrder.orderNumber());
		awaitOne(muting.owner().getId(), NoticeKind.INVOICE_ISSUED, mutedOrder.orderNumber());
		assertThat(notices(muting.owner().getId(), mutedOrder.orderNumber(), NoticeKind.PAYMENT_RECEIVED)).isEmpty();
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(handled(InvoiceNotices.class, unverifiedOrder.id(), "TAX_INVOICE")).isTrue());
		assertThat(jdbc.sql("select count(*) from whatsapp_outbox where user_id = :user")
			.param("user", unverified.owner().getId())
			.query(Long.class)
			.single()).isZero();
	}

	/** Pays (or fails to pay) on the sandbox's public page of the link. */
	private void payLink(PaymentLinkView link, String choice) {
		assertThat(mvc.post().uri(URI.create(link.url()).getPath()).param("choice", choice).with(csrf()).exchange())
			.hasStatusOk();
	}

	/** Every value the kind's template takes is given, and no other. */
	private void fillsItsTemplate(Notice notice) {
		WhatsAppSettings.Template template = settings.templates().get(notice.kind());
		assertThat(template).as(notice.kind()).isNotNull();
		assertThat(notice.values().keySet()).as(notice.kind())
			.containsExactlyInAnyOrderElementsOf(template.parameters());
		assertThat(notice.values().values()).as(notice.kind()).allSatisfy(value -> assertThat(value).isNotBlank());
	}

	/**
	 * Hands {@code event} to the listener itself twice, each time in a transaction of its
	 * own, as the publication registry would after a crash.
	 */
	private <E> void redeliverTwice(Consumer<E> listener, E event) {
		transactions.executeWithoutResult(status -> listener.accept(event));
		transactions.executeWithoutResult(status -> listener.accept(event));
	}

	/** The event as the publication registry keeps it for {@code listener}. */
	private <E> E storedEvent(Class<?> listener, Class<E> type, UUID about, Predicate<E> which) {
		return jdbc
			.sql("select serialized_event from event_publication where listener_id like :listener"
					+ " and event_type = :type and serialized_event like :about")
			.param("listener", listener.getName() + "%")
			.param("type", type.getName())
			.param("about", "%" + about + "%")
			.query(String.class)
			.list()
			.stream()
			.map(serialized -> serializer.deserialize(serialized, type))
			.filter(which)
			.reduce((one, two) -> {
				throw new AssertionError("More than one stored " + type.getSimpleName() + " about " + about);
			})
			.orElseThrow();
	}

	/**
	 * Whether {@code listener} has handled an event about {@code about} that holds
	 * {@code text}.
	 */
	private boolean handled(Class<?> listener, UUID about, String text) {
		return jdbc.sql("select count(*) from event_publication where listener_id like :listener"
				+ " and serialized_event like :about and serialized_event like :text and completion_date is not null")
			.param("listener", listener.getName() + "%")
			.param("about", "%" + about + "%")
			.param("text", "%" + text + "%")
			.query(Long.class)
			.single() > 0;
	}

	private Notice awaitOne(UUID userId, NoticeKind kind, String about) {
		Awaitility.await().atMost(PATIENCE).untilAsserted(() -> assertThat(notices(userId, about, kind)).isNotEmpty());
		List<Notice> found = notices(userId, about, kind);
		assertThat(found).as(kind + " about " + about).hasSize(1);
		return found.getFirst();
	}

	private List<Notice> notices(UUID userId, String about, NoticeKind kind) {
		return notices(userId, about).stream().filter(notice -> notice.kind().equals(kind.name())).toList();
	}

	/**
	 * The notices written for {@code userId} whose text names {@code about}, oldest
	 * first.
	 */
	private List<Notice> notices(UUID userId, String about) {
		return jdbc
			.sql("select phone, kind, message, template_values, notice_key from whatsapp_outbox"
					+ " where user_id = :user order by seq")
			.param("user", userId)
			.query((row, n) -> new Notice(row.getString("phone"), row.getString("kind"),
					(String) JSON.readValue(row.getString("message"), new TypeReference<Map<String, Object>>() {
					}).get("text"),
					JSON.readValue(row.getString("template_values"), new TypeReference<Map<String, String>>() {
					}), row.getString("notice_key")))
			.list()
			.stream()
			.filter(notice -> notice.text().contains(about))
			.toList();
	}

	private Invoice awaitTaxInvoice(Fixture fixture, OrderView order) {
		Awaitility.await()
			.atMost(PATIENCE)
			.untilAsserted(() -> assertThat(invoices.forOrder(order.id(), fixture.clinicUser())).isNotEmpty());
		return invoices.forOrder(order.id(), fixture.clinicUser()).getFirst();
	}

	private String portal(String path) {
		return settings.portalUrl().toString().replaceAll("/+$", "") + path;
	}

	/** The demo clinic's account (the fixture gives it a verified number). */
	private UUID demoClinic() {
		return DemoData.clinic(users).id();
	}

	/**
	 * Gives the user a verified WhatsApp number, unless it has one already (the demo data
	 * may), and returns it.
	 */
	private String verifiedNumber(UUID userId) {
		String phone = "917" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
		jdbc.sql("""
				insert into whatsapp_numbers (user_id, phone, verified_phone, verified_at, tries_left, updated_at)
				values (:user, :phone, :phone, :now, 0, :now)
				on conflict (user_id) do update
				   set phone = excluded.phone, verified_phone = excluded.verified_phone,
				       verified_at = excluded.verified_at, updated_at = excluded.updated_at
				 where whatsapp_numbers.verified_phone is null
				""").param("user", userId).param("phone", phone).param("now", Timestamp.from(clock.instant())).update();
		return jdbc.sql("select verified_phone from whatsapp_numbers where user_id = :user")
			.param("user", userId)
			.query(String.class)
			.single();
	}

	/** One outbox row: where it goes, its kind, its text and its template's values. */
	record Notice(String phone, String kind, String text, Map<String, String> values, String key) {
	}

	/**
	 * A clinic (with its verified number, or none) and a fresh manufacturer with a
	 * verified number, and orders between them.
	 */
	private final class Fixture {

		final UUID clinicUserId;

		final String clinicPhone;

		final OwnedManufacturer maker;

		final String makerPhone;

		Fixture(UUID clinicUserId) {
			this(clinicUserId, verifiedNumber(clinicUserId),
					Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA));
		}

		Fixture(UUID clinicUserId, String clinicPhone, OwnedManufacturer maker) {
			this.clinicUserId = clinicUserId;
			this.clinicPhone = clinicPhone;
			this.maker = maker;
			this.makerPhone = verifiedNumber(maker.owner().getId());
		}

		/**
		 * Places an order of the two products (the second left out when {@code null}).
		 */
		OrderView placed(String firstPrice, int firstQuantity, String secondPrice, int secondQuantity) {
			ProductView first = TestCatalog.product(listing, maker, firstPrice, firstQuantity + 10);
			List<OrderLine> lines = secondPrice == null ? List.of(new OrderLine(first.id(), firstQuantity))
					: List.of(new OrderLine(first.id(), firstQuantity),
							new OrderLine(TestCatalog.product(listing, maker, secondPrice, secondQuantity + 10).id(),
									secondQuantity));
			return placement.place(clinicUser(), lines, null, OrderSource.WEB);
		}

		/** Places the order and pays it in the sandbox: it is confirmed on return. */
		OrderView paidOrder(String firstPrice, int firstQuantity, String secondPrice, int secondQuantity) {
			OrderView order = placed(firstPrice, firstQuantity, secondPrice, secondQuantity);
			new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(order.id(), clinicUser()));
			assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
			return order;
		}

		AuthenticatedUser clinicUser() {
			return AuthenticatedUser.actingAs(users.findById(clinicUserId).orElseThrow());
		}

		AuthenticatedUser makerUser() {
			return Accounts.principal(maker.owner());
		}

		UUID makerUserId() {
			return maker.owner().getId();
		}

		/**
		 * None of the manufacturer's notices about the order holds the clinic's contact
		 * person, phone, email or WhatsApp number.
		 */
		void assertNoClinicContactsInTheManufacturersNotices(String orderNumber) {
			Clinic clinic = clinics.findOwnedBy(clinicUserId).orElseThrow();
			ContactDetails contact = clinic.getContact();
			String phoneDigits = contact.phone().replaceAll("\\D", "");
			List<Notice> makers = notices(makerUserId(), orderNumber);
			assertThat(makers).isNotEmpty();
			assertThat(makers)
				.allSatisfy(notice -> assertThat(notice.text() + notice.values()).doesNotContain(contact.person(),
						contact.email(), phoneDigits.substring(phoneDigits.length() - 10),
						clinicPhone.substring(clinicPhone.length() - 10)));
		}

	}

}
