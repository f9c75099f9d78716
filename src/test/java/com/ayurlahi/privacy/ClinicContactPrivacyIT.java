package com.ayurlahi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeThread;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * A clinic's contact person, phone, email and WhatsApp number are platform-owned: no
 * response a manufacturer can get, and no WhatsApp message it is sent, contains them. The
 * clinic gets distinctive values; the manufacturer then fetches every page, fragment and
 * JSON resource it can reach (and the ones it can't), including the order the clinic
 * placed with it, and its WhatsApp notices of that order and its dispute are read. Extend
 * {@link #manufacturerPages} and {@link #manufacturerApi} whenever a manufacturer-facing
 * page or endpoint arrives (orders, invoices, disputes).
 */
@IntegrationTest
class ClinicContactPrivacyIT {

	private static final String CONTACT_PERSON = "Dr. Privata Contactwoman";

	private static final String PHONE_DIGITS = "9123987651";

	private static final String EMAIL = "private.contact.7781@clinic-secret.in";

	/** The clinic's verified WhatsApp number, without the country code. */
	private static final String WHATSAPP_DIGITS = "9845012377";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JwtTokens tokens;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	OrderManagement orders;

	@Autowired
	DisputeOpening disputes;

	@Autowired
	DisputeThread disputeThread;

	@Autowired
	JdbcClient jdbc;

	@Test
	void noResponseAManufacturerCanGetContainsTheClinicsContactDetails() throws Exception {
		Clinic clinic = distinctiveClinic();
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		verifiedWhatsApp(clinic.getOwnerUserId(), "91" + WHATSAPP_DIGITS);
		verifiedWhatsApp(maker.owner().getId(), "91" + Accounts.uniqueMobile().substring(3));
		String token = tokens.issue(Accounts.principal(maker.owner())).value();
		ProductView product = TestCatalog.product(listing, maker, "100.00", 10);
		OrderView order = placement.place(
				AuthenticatedUser.actingAs(users.findById(clinic.getOwnerUserId()).orElseThrow()),
				List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);
		PaymentCheckout payment = checkouts.initiate(order.id(),
				AuthenticatedUser.actingAs(users.findById(clinic.getOwnerUserId()).orElseThrow()));
		payments.recordCapture(payment.razorpayOrderId(), "pay_Privacy0000001", payment.amountPaise(), "INR", "upi");
		AuthenticatedUser makerUser = Accounts.principal(maker.owner());
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, makerUser);
		orders.changeStatus(order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D7000111"), null, makerUser);
		orders.changeStatus(order.id(), OrderStatus.DELIVERED, null, null, makerUser);
		AuthenticatedUser clinicUser = AuthenticatedUser
			.actingAs(users.findById(clinic.getOwnerUserId()).orElseThrow());
		DisputeView dispute = disputes.open(new NewDispute(order.id(),
				List.of(new NewDispute.Line(order.items().get(0).id(), 1, DisputeReason.DAMAGED_IN_TRANSIT)),
				"One pack crushed"), clinicUser);
		disputeThread.post(dispute.id(), "Photo follows.", false, clinicUser);
		Orders placed = new Orders(order, product, payment.paymentId(), dispute.id());

		int opened = 0;
		for (Map.Entry<String, Integer> page : manufacturerPages(clinic, placed).entrySet()) {
			MvcTestResult result = mvc.get()
				.uri(page.getKey())
				.with(user(Accounts.principal(maker.owner())))
				.exchange();
			assertThat(result.getResponse().getStatus()).as(page.getKey()).isEqualTo(page.getValue());
			assertFree(page.getKey(), result);
			MvcTestResult htmx = mvc.get()
				.uri(page.getKey())
				.header("HX-Request", "true")
				.with(user(Accounts.principal(maker.owner())))
				.exchange();
			assertFree(page.getKey() + " (htmx)", htmx);
			opened += page.getValue() == 200 ? 1 : 0;
		}
		for (Map.Entry<String, Integer> endpoint : manufacturerApi(clinic, maker, placed).entrySet()) {
			MvcTestResult result = mvc.get()
				.uri(endpoint.getKey())
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange();
			assertThat(result.getResponse().getStatus()).as(endpoint.getKey()).isEqualTo(endpoint.getValue());
			assertFree(endpoint.getKey(), result);
		}
		assertThat(opened).isGreaterThanOrEqualTo(8);
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(whatsAppNotices(maker.owner().getId(), order.orderNumber()))
				.containsOnlyKeys("NEW_ORDER", "DISPUTE_FOR_MANUFACTURER"));
		whatsAppNotices(maker.owner().getId(), order.orderNumber())
			.forEach((kind, message) -> assertThat(message).as("WhatsApp " + kind)
				.doesNotContain(PHONE_DIGITS, EMAIL, CONTACT_PERSON, WHATSAPP_DIGITS));
	}

	/** The WhatsApp notices written for {@code userId} about the order, by kind. */
	private Map<String, String> whatsAppNotices(UUID userId, String orderNumber) {
		Map<String, String> notices = new LinkedHashMap<>();
		jdbc.sql("select kind, message || coalesce(template_values, '') from whatsapp_outbox"
				+ " where user_id = :user and message like :order order by seq")
			.param("user", userId)
			.param("order", "%" + orderNumber + "%")
			.query((row, n) -> notices.put(row.getString(1), row.getString(2)))
			.list();
		return notices;
	}

	private void verifiedWhatsApp(UUID userId, String phone) {
		jdbc.sql("""
				insert into whatsapp_numbers (user_id, phone, verified_phone, verified_at, tries_left, updated_at)
				values (:user, :phone, :phone, :now, 0, :now)
				""").param("user", userId).param("phone", phone).param("now", Timestamp.from(Instant.now())).update();
	}

	@Test
	void theSameResponsesForPlatformStaffDoShowThem() {
		Clinic clinic = distinctiveClinic();
		User admin = Accounts.create(users, Role.ADMIN);

		assertThat(mvc.get().uri("/admin/clinics/" + clinic.getId()).with(user(Accounts.principal(admin)))).bodyText()
			.contains(PHONE_DIGITS, EMAIL, CONTACT_PERSON);
		assertThat(mvc.get()
			.uri("/api/clinics/" + clinic.getId())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(admin)).value())).bodyText()
			.contains(PHONE_DIGITS, EMAIL, CONTACT_PERSON);
	}

	/**
	 * Every portal page a manufacturer might open, with the status it gets: its own
	 * portal's pages, and the other portals' (which refuse).
	 */
	private static Map<String, Integer> manufacturerPages(Clinic clinic, Orders placed) {
		Map<String, Integer> pages = new LinkedHashMap<>();
		pages.put("/", 200);
		pages.put("/manufacturer", 200);
		pages.put("/manufacturer/profile", 200);
		pages.put("/manufacturer/products", 200);
		pages.put("/manufacturer/products/" + placed.product().id(), 200);
		pages.put("/manufacturer/orders", 200);
		pages.put("/manufacturer/orders?queue=DONE", 200);
		pages.put("/manufacturer/orders/" + placed.order().id(), 200);
		pages.put("/manufacturer/settlements", 200);
		pages.put("/manufacturer/disputes", 200);
		pages.put("/manufacturer/disputes/" + placed.disputeId(), 200);
		pages.put("/manufacturer/whatsapp", 200);
		pages.put("/clinic/whatsapp", 403);
		pages.put("/clinic/disputes/" + placed.disputeId(), 403);
		pages.put("/admin/disputes", 403);
		pages.put("/admin/disputes/" + placed.disputeId(), 403);
		pages.put("/clinic/payments/" + placed.paymentId(), 403);
		pages.put("/admin/payments", 403);
		pages.put("/clinic/orders/" + placed.order().id(), 403);
		pages.put("/clinic/catalog", 403);
		pages.put("/admin/orders", 403);
		pages.put("/admin/orders/" + placed.order().id(), 403);
		pages.put("/clinic", 403);
		pages.put("/clinic/profile", 403);
		pages.put("/admin", 403);
		pages.put("/admin/clinics", 403);
		pages.put("/admin/clinics/" + clinic.getId(), 403);
		pages.put("/admin/clinics?status=&q=" + clinic.getGstin(), 403);
		pages.put("/admin/audit", 403);
		pages.put("/admin/audit/export.csv", 403);
		pages.put("/admin/audit?entityId=" + clinic.getId(), 403);
		pages.put("/admin/users", 403);
		pages.put("/admin/whatsapp", 403);
		pages.put("/admin/whatsapp/conversations", 403);
		pages.put("/admin/whatsapp/messages", 403);
		pages.put("/admin/whatsapp/outbox", 403);
		pages.put("/admin/whatsapp/consents", 403);
		pages.put("/admin/subscriptions", 403);
		pages.put("/admin/subscriptions/subscribers", 403);
		pages.put("/admin/subscriptions/past-due", 403);
		pages.put("/admin/subscriptions/plans", 403);
		pages.put("/admin/subscriptions/clinics/" + clinic.getId(), 403);
		return pages;
	}

	/** Every JSON resource a manufacturer might ask for, with the status it gets. */
	private static Map<String, Integer> manufacturerApi(Clinic clinic, OwnedManufacturer maker, Orders placed) {
		Map<String, Integer> endpoints = new LinkedHashMap<>();
		endpoints.put("/api/orders", 200);
		endpoints.put("/api/orders?status=CONFIRMED", 200);
		endpoints.put("/api/payments/" + placed.paymentId(), 403);
		endpoints.put("/api/payments/order/" + placed.order().id(), 403);
		endpoints.put("/api/orders/" + placed.order().id(), 200);
		endpoints.put("/api/disputes", 200);
		endpoints.put("/api/disputes/" + placed.disputeId(), 200);
		endpoints.put("/api/products", 200);
		endpoints.put("/api/products/" + placed.product().id(), 200);
		endpoints.put("/api/users/me", 200);
		endpoints.put("/api/manufacturers/me", 200);
		endpoints.put("/api/manufacturers/" + maker.manufacturer().getId(), 200);
		endpoints.put("/api/manufacturers/me/whatsapp", 200);
		// a clinic's path, closed to manufacturers
		endpoints.put("/api/clinics/me/whatsapp", 403);
		endpoints.put("/api/manufacturers", 403);
		endpoints.put("/api/clinics", 403);
		endpoints.put("/api/clinics/me", 403);
		endpoints.put("/api/clinics/" + clinic.getId(), 403);
		endpoints.put("/api/clinics?q=" + clinic.getGstin(), 403);
		endpoints.put("/api/audit", 403);
		endpoints.put("/api/audit?entityId=" + clinic.getId(), 403);
		endpoints.put("/api/admin/whatsapp/messages", 403);
		endpoints.put("/api/admin/subscriptions", 403);
		endpoints.put("/api/admin/subscriptions?status=ACTIVE", 403);
		endpoints.put("/api/admin/subscriptions/plans", 403);
		return endpoints;
	}

	@Test
	void theHeaderFragmentsAManufacturerLoadsAreFreeOfThemToo() throws Exception {
		Clinic clinic = distinctiveClinic();
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		for (String fragment : List.of("/notifications", "/gstin-check?gstin=" + clinic.getGstin())) {
			MvcTestResult result = mvc.get()
				.uri(fragment)
				.header("HX-Request", "true")
				.with(user(Accounts.principal(maker.owner())))
				.exchange();
			assertThat(result.getResponse().getStatus()).as(fragment).isEqualTo(200);
			assertFree(fragment, result);
		}
	}

	/** The order the distinctive clinic placed with the manufacturer, and its product. */
	private record Orders(OrderView order, ProductView product, UUID paymentId, UUID disputeId) {
	}

	private static void assertFree(String what, MvcTestResult result) throws Exception {
		String body = result.getResponse().getContentAsString();
		assertThat(body).as(what + " (" + result.getResponse().getStatus() + ")")
			.doesNotContain(PHONE_DIGITS, EMAIL, CONTACT_PERSON, WHATSAPP_DIGITS);
	}

	private Clinic distinctiveClinic() {
		User owner = Accounts.create(users, Role.CLINIC);
		Clinic clinic = clinics.register(Accounts.principal(owner),
				new ProfileDetails("Privacy Test Clinic", TestGstins.random(IndianState.KERALA),
						new Licence("KL-PRIV-1", LocalDate.now().plusYears(1)),
						new AddressLines("1 Quiet Lane", null, "Kozhikode", "673001"),
						new ContactDetails(CONTACT_PERSON, "+91" + PHONE_DIGITS, EMAIL)));
		return clinics.approve(clinic.getId(), Profiles.ADMIN);
	}

}
