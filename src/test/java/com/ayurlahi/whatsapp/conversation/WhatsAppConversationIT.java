package com.ayurlahi.whatsapp.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.CatalogQuery;
import com.ayurlahi.products.CatalogSort;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.entitlements.ClinicPlans;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;
import com.ayurlahi.whatsapp.WhatsAppNumbers;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.jayway.jsonpath.JsonPath;

/**
 * A clinic orders over WhatsApp: Gupshup's callbacks posted to our webhook from the
 * clinic's verified number, each handled once in the background, the answers read from
 * the outbox and the results from the database (the portal's cart, orders with source
 * WHATSAPP, stock reserved, money to the paisa).
 */
@IntegrationTest
class WhatsAppConversationIT {

	static final String TOKEN = "dev-only-whatsapp-webhook-token";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	ClinicPlans clinicPlans;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductListing listing;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	OrderPlacement placement;

	@Autowired
	WhatsAppNumbers numbers;

	@Autowired
	WhatsAppSettings settings;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void hiGetsTheMenu() {
		Chat chat = chatOf(approvedClinic().owner());

		String menu = chat.onlyAnswerTo(chat.say("hi"));

		assertThat(JsonPath.<String>read(menu, "$.type")).isEqualTo("list");
		assertThat(JsonPath.<List<String>>read(menu, "$.rows[*].postback")).containsExactly("SEARCH", "REORDER", "CART",
				"ORDERS", "HELP");
		assertThat(JsonPath.<List<String>>read(menu, "$.rows[*].title")).containsExactly("Search products",
				"Reorder last order", "My cart", "My orders", "Help");
		assertThat(chat.onlyAnswerTo(chat.say("blorfzz qwxyk"))).as("not understood: the menu again")
			.contains("\"type\":\"list\"")
			.contains("Nothing in the catalogue matches");
	}

	@Test
	void aProductFoundBySearchGoesIntoThePortalsCartWithTheQuantityChosenOrTyped() {
		OwnedClinic clinic = approvedClinic();
		Chat chat = chatOf(clinic.owner());
		ProductView triphala = demoProduct("SAP-TRI-100");
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView boxed = listing.create(Accounts.principal(maker.owner()),
				TestCatalog.details(TestCatalog.uniqueName("Tailam"), "120.00", 3), 20);

		String list = chat.onlyAnswerTo(chat.say("Triphala"));
		// Other tests may list products of the same name: the demo product's row is the
		// one
		// that adds it.
		Map<String, String> row = JsonPath
			.<List<Map<String, String>>>read(list, "$.rows[?(@.postback == 'ADD:" + triphala.id() + "')]")
			.getFirst();
		assertThat(row.get("title")).isEqualTo("Triphala Churna");
		assertThat(row.get("description")).isEqualTo("100 g · " + triphala.manufacturerName() + " · ₹73.50 with GST");

		String howMany = chat.onlyAnswerTo(chat.choose(row.get("postback"), "Triphala Churna"));
		assertThat(JsonPath.<String>read(howMany, "$.type")).isEqualTo("quick_reply");
		assertThat(JsonPath.<String>read(howMany, "$.body")).startsWith("How many units of *Triphala Churna*");
		assertThat(JsonPath.<List<String>>read(howMany, "$.buttons[*].postback")).containsExactly(
				"QTY:" + triphala.id() + ":1", "QTY:" + triphala.id() + ":5", "QTY:" + triphala.id() + ":10");

		String added = chat.onlyAnswerTo(chat.choose("QTY:" + triphala.id() + ":5", "5 units"));
		assertThat(JsonPath.<String>read(added, "$.body")).startsWith("Added 5 × Triphala Churna to your cart.")
			.contains("Your cart: 1 product from 1 manufacturer, ₹367.50 with GST.");
		assertThat(cart(clinic)).containsExactlyEntriesOf(Map.of(triphala.id(), 5));

		assertThat(chat.onlyAnswerTo(chat.choose("QTY:" + triphala.id() + ":5", "5 units")))
			.as("the same button tapped again adds nothing")
			.contains("That question is closed");
		assertThat(cart(clinic)).containsEntry(triphala.id(), 5);

		String single = chat.onlyAnswerTo(chat.say(boxed.name().split(" ")[0].toLowerCase()));
		chat.onlyAnswerTo(chat.choose(JsonPath.<String>read(single, "$.rows[0].postback"), boxed.name()));
		assertThat(chat.onlyAnswerTo(chat.say("2")))
			.contains("The minimum order of " + boxed.name() + " is 3 units. Type a number from 3 to 20.");
		assertThat(chat.onlyAnswerTo(chat.say("25 units"))).contains("Only 20 of " + boxed.name() + " are in stock");
		chat.onlyAnswerTo(chat.say("4"));
		assertThat(cart(clinic)).containsEntry(triphala.id(), 5).containsEntry(boxed.id(), 4);
	}

	@Test
	void anOrderCommandFillsTheCartLineByLineAndACheckoutConfirmedOncePlacesOneOrderPerManufacturer() {
		OwnedClinic clinic = approvedClinic();
		User buyer = clinic.owner();
		Chat chat = chatOf(buyer);
		OwnedManufacturer inMaharashtra = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedManufacturer inKerala = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView churna = TestCatalog.product(listing, inMaharashtra, "33.33", 50);
		ProductView tailam = TestCatalog.product(listing, inKerala, "190.00", 10);
		ProductView bulk = listing.create(Accounts.principal(inKerala.owner()),
				TestCatalog.details(TestCatalog.uniqueName("Kashayam"), "80.00", 3), 30);

		String ordered = chat.onlyAnswerTo(chat.say("order " + churna.sku().toLowerCase() + " x3,  " + tailam.sku()
				+ "*2, NOPE-404 x 4, " + bulk.sku() + " : 1"));

		assertThat(JsonPath.<String>read(ordered, "$.text")).startsWith("Added 2 of 4 to your cart:")
			.contains("✓ 3 × " + churna.name() + " (" + churna.sku() + ", ")
			.contains("✓ 2 × " + tailam.name())
			.contains("✗ NOPE-404 x 4: no product with the SKU NOPE-404 can be ordered")
			.contains("✗ " + bulk.sku() + " : 1: The minimum order of " + bulk.name() + " is 3 units.")
			.contains("Your cart: 2 products from 2 manufacturers, ₹503.99 with GST.");
		assertThat(cart(clinic)).containsOnly(Map.entry(churna.id(), 3), Map.entry(tailam.id(), 2));

		String cart = JsonPath.read(chat.onlyAnswerTo(chat.say("CART")), "$.text");
		assertThat(cart).contains("• 3 × " + churna.name() + ", 100 g (" + churna.sku() + "): ₹104.99")
			.contains("Taxable ₹99.99 + IGST ₹5.00 = ₹104.99")
			.contains("Taxable ₹380.00 + CGST ₹9.50 + SGST ₹9.50 = ₹399.00")
			.contains("*Total ₹503.99* (taxable ₹479.99 + GST ₹24.00)")
			.contains("Send CHECKOUT to place the orders.");

		String question = chat.onlyAnswerTo(chat.say("checkout"));
		assertThat(JsonPath.<String>read(question, "$.body"))
			.startsWith("Place 2 orders (one per manufacturer) for ₹503.99 with GST?")
			.contains("Delivery to " + clinic.clinic().getLegalName() + ", 12 Temple Road, Testpur");
		assertThat(JsonPath.<List<String>>read(question, "$.buttons[*].postback")).containsExactly("CONFIRM-CHECKOUT",
				"CANCEL-CHECKOUT");
		assertThat(ordersOf(buyer)).isEmpty();

		String confirmation = chat.buttonReply("CONFIRM-CHECKOUT", "Place orders");
		String placed = JsonPath.read(chat.onlyAnswerTo(chat.send(confirmation)), "$.text");

		List<Map<String, Object>> orders = ordersOf(buyer);
		assertThat(orders).hasSize(2).allSatisfy(order -> {
			assertThat(order.get("source")).isEqualTo("WHATSAPP");
			assertThat(order.get("status")).isEqualTo("PENDING");
			assertThat(order.get("shipping_address_line1")).isEqualTo("12 Temple Road");
			assertThat(placed).contains((String) order.get("order_number"));
		});
		assertThat(orders).extracting(order -> ((BigDecimal) order.get("total")).toPlainString())
			.containsExactlyInAnyOrder("104.99", "399.00");
		assertThat(orders).extracting(order -> order.get("manufacturer_id"))
			.containsExactlyInAnyOrder(inMaharashtra.manufacturer().getId(), inKerala.manufacturer().getId());
		assertThat(placed).startsWith("2 orders are placed:")
			.contains("Total ₹503.99 with GST.")
			.contains("A payment link for each follows here in a moment");
		assertThat(paymentLinksOf(buyer)).as("a payment link asked for each order, for its total")
			.containsExactlyInAnyOrder("104.99", "399.00");
		assertThat(stockOf(churna)).isEqualTo(47);
		assertThat(stockOf(tailam)).isEqualTo(8);
		assertThat(cart(clinic)).isEmpty();

		assertThat(chat.post(confirmation)).as("Gupshup delivers the confirmation again").isEqualTo("duplicate");
		assertThat(chat.onlyAnswerTo(chat.send(chat.buttonReply("CONFIRM-CHECKOUT", "Place orders"))))
			.as("the button tapped again")
			.contains("There is no checkout waiting for your answer");
		assertThat(ordersOf(buyer)).hasSize(2);
		assertThat(paymentLinksOf(buyer)).hasSize(2);
		assertThat(stockOf(churna)).isEqualTo(47);
		assertThat(jdbc.sql("""
				select count(*) from orders o join order_status_history h on h.order_id = o.id
				 where o.clinic_user_id = :id and (row_to_json(o)::text like :phone or row_to_json(h)::text like :phone)
				""")
			.param("id", buyer.getId())
			.param("phone", "%" + chat.phone.substring(2) + "%")
			.query(Integer.class)
			.single()).as("the clinic's WhatsApp number is nowhere in its orders").isZero();
	}

	@Test
	void aClinicSeesTheStatusOfItsOwnOrdersOnly() {
		OwnedClinic clinic = approvedClinic();
		Chat chat = chatOf(clinic.owner());
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView churna = TestCatalog.product(listing, maker, "50.00", 40);
		OrderView own = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(churna.id(), 2)),
				null, OrderSource.WEB);
		OrderView another = placement.place(Accounts.principal(approvedClinic().owner()),
				List.of(new OrderLine(churna.id(), 1)), null, OrderSource.WEB);

		assertThat(chat.onlyAnswerTo(chat.say("STATUS " + another.orderNumber())))
			.contains("You have no order " + another.orderNumber() + ".")
			.doesNotContain(maker.manufacturer().getCompanyName());
		String status = JsonPath.read(chat.onlyAnswerTo(chat.say("status " + own.orderNumber().toLowerCase())),
				"$.text");
		assertThat(status).startsWith("*" + own.orderNumber() + "* · " + maker.manufacturer().getCompanyName())
			.contains("Status: Awaiting payment")
			.contains("₹105.00 with GST")
			.contains("• 2 × " + churna.name());
		assertThat(chat.onlyAnswerTo(chat.say("my orders"))).contains(own.orderNumber())
			.doesNotContain(another.orderNumber());
		assertThat(chat.onlyAnswerTo(chat.say("status AYR-12"))).contains("is not an order number");

		assertThat(chat.onlyAnswerTo(chat.choose("REORDER", "Reorder last order")))
			.contains("The products of " + own.orderNumber() + " are in your cart again.");
		assertThat(cart(clinic)).containsOnly(Map.entry(churna.id(), 2));
	}

	@Test
	void anOrderIsCancelledOnlyOnceConfirmedAndAsThePortalsRulesAllow() {
		OwnedClinic clinic = approvedClinic();
		Chat chat = chatOf(clinic.owner());
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView churna = TestCatalog.product(listing, maker, "50.00", 40);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(churna.id(), 6)),
				null, OrderSource.WEB);
		OrderView another = placement.place(Accounts.principal(approvedClinic().owner()),
				List.of(new OrderLine(churna.id(), 1)), null, OrderSource.WEB);

		assertThat(chat.onlyAnswerTo(chat.say("CANCEL " + another.orderNumber())))
			.contains("You have no order " + another.orderNumber());
		String question = chat.onlyAnswerTo(chat.say("cancel " + order.orderNumber()));
		assertThat(JsonPath.<String>read(question, "$.body")).startsWith("Cancel order " + order.orderNumber());
		assertThat(JsonPath.<List<String>>read(question, "$.buttons[*].postback"))
			.containsExactly("CONFIRM-CANCEL:" + order.orderNumber(), "KEEP-ORDER:" + order.orderNumber());
		assertThat(statusOf(order)).isEqualTo("PENDING");

		assertThat(chat.onlyAnswerTo(chat.choose("CONFIRM-CANCEL:" + order.orderNumber(), "Yes, cancel it")))
			.contains("Order " + order.orderNumber() + " is cancelled.");

		assertThat(statusOf(order)).isEqualTo("CANCELLED");
		assertThat(statusOf(another)).isEqualTo("PENDING");
		assertThat(stockOf(churna)).as("the six units back, the other clinic's one still reserved").isEqualTo(39);
		assertThat(jdbc.sql("select note from order_status_history where order_id = :id and status = 'CANCELLED'")
			.param("id", order.id())
			.query(String.class)
			.single()).isEqualTo("Cancelled by the clinic on WhatsApp.");
		assertThat(chat.onlyAnswerTo(chat.say("CANCEL " + order.orderNumber())))
			.contains("Order " + order.orderNumber() + " is already cancelled.");
	}

	@Test
	void aClinicThatMayNotOrderIsToldWhyAndNothingElse() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.KERALA));
		Chat chat = chatOf(pending.owner());

		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("hi")), "$.text")).isEqualTo(
				"Your clinic can order once the Ayurlahi team has approved its profile (it is pending approval).");
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("ORDER SAP-TRI-100 x 5")), "$.text"))
			.startsWith("Your clinic can order once");
	}

	@Test
	void aClinicWhosePlanHasNoWhatsAppOrderingIsToldInOneLineWhichPlanHasItWhileItsOrdersKeepWorking() {
		OwnedClinic clinic = approvedClinic();
		clinicPlans.trialOver(clinic.clinic().getId());
		Chat chat = chatOf(clinic.owner());
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView churna = TestCatalog.product(listing, maker, "50.00", 40);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(churna.id(), 2)),
				null, OrderSource.WEB);
		String line = "Ordering on WhatsApp comes with the Clinic plan, not your Free plan: change plan at "
				+ portal("/clinic/plan") + " (your orders, STATUS and CANCEL keep working here).";

		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("Triphala")), "$.text")).isEqualTo(line);
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.choose("SEARCH", "Search products")), "$.text"))
			.isEqualTo(line);
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("ORDER " + churna.sku() + " x 5")), "$.text"))
			.isEqualTo(line);
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.choose("REORDER", "Reorder last order")), "$.text"))
			.isEqualTo(line);
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("CHECKOUT")), "$.text")).isEqualTo(line);
		assertThat(cart(clinic)).isEmpty();

		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("hi")), "$.type")).isEqualTo("list");
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("status " + order.orderNumber())), "$.text"))
			.contains("Status: Awaiting payment", "• 2 × " + churna.name());
		assertThat(chat.onlyAnswerTo(chat.say("my orders"))).contains(order.orderNumber());
		assertThat(chat.onlyAnswerTo(chat.say("help"))).contains("What you can send");
		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("cancel " + order.orderNumber())), "$.body"))
			.startsWith("Cancel order " + order.orderNumber());
		assertThat(chat.onlyAnswerTo(chat.choose("CONFIRM-CANCEL:" + order.orderNumber(), "Yes, cancel it")))
			.contains("Order " + order.orderNumber() + " is cancelled.");
		assertThat(ordersOf(clinic.owner())).extracting(row -> row.get("source")).containsExactly("WEB");
	}

	@Test
	void aCheckoutNeedingMoreOrdersThanThePlanHasLeftIsRefusedInOneLineBeforeAnythingIsPlaced() {
		OwnedClinic clinic = approvedClinic();
		clinicPlans.granted(clinic.clinic().getId(), clinicPlans.retiredPlanWithWhatsApp(2));
		Chat chat = chatOf(clinic.owner());
		List<ProductView> products = List.of(productOfANewMaker("40.00"), productOfANewMaker("50.00"),
				productOfANewMaker("60.00"));
		chat.onlyAnswerTo(chat.say("ORDER " + products.get(0).sku() + " x 1, " + products.get(1).sku() + " x 1, "
				+ products.get(2).sku() + " x 1"));

		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("CHECKOUT")), "$.text")).isEqualTo(
				"Your cart makes 3 orders (one per manufacturer) and your Test Chat plan has 2 of its 2 orders left "
						+ "this month, so nothing was ordered; send REMOVE and a SKU to order from fewer manufacturers, "
						+ "or upgrade to Clinic: " + portal("/clinic/plan"));

		chat.onlyAnswerTo(chat.say("REMOVE " + products.get(2).sku()));
		chat.onlyAnswerTo(chat.say("CHECKOUT"));
		assertThat(chat.onlyAnswerTo(chat.choose("CONFIRM-CHECKOUT", "Place orders"))).contains("2 orders are placed");
		chat.onlyAnswerTo(chat.say("ORDER " + products.get(2).sku() + " x 1"));

		assertThat(JsonPath.<String>read(chat.onlyAnswerTo(chat.say("CHECKOUT")), "$.text"))
			.isEqualTo("Your Test Chat plan's 2 orders for this month are used up, so nothing was ordered; upgrade "
					+ "to Clinic to order more now: " + portal("/clinic/plan"));
		assertThat(ordersOf(clinic.owner())).hasSize(2);
		assertThat(cart(clinic)).containsOnlyKeys(products.get(2).id());
	}

	@Test
	void aCheckoutTheServiceRefusesAfterTheChecksPassedIsAnsweredInTheSameLineAndLeavesEverythingAsItWas()
			throws Exception {
		OwnedClinic clinic = approvedClinic();
		clinicPlans.granted(clinic.clinic().getId(), clinicPlans.retiredPlanWithWhatsApp(1));
		Chat chat = chatOf(clinic.owner());
		ProductView tailam = productOfANewMaker("190.00");
		ProductView churna = productOfANewMaker("30.00");
		chat.onlyAnswerTo(chat.say("ORDER " + tailam.sku() + " x 2"));
		assertThat(chat.onlyAnswerTo(chat.say("CHECKOUT"))).contains("CONFIRM-CHECKOUT");
		CountDownLatch portalOrderCounted = new CountDownLatch(1);
		CountDownLatch commitPortalOrder = new CountDownLatch(1);

		try (ExecutorService portal = Executors.newSingleThreadExecutor()) {
			Future<OrderView> portalOrder = portal.submit(() -> transaction.execute(tx -> {
				OrderView placed = placement.place(Accounts.principal(clinic.owner()),
						List.of(new OrderLine(churna.id(), 1)), null, OrderSource.WEB);
				portalOrderCounted.countDown();
				awaitLatch(commitPortalOrder);
				return placed;
			}));
			assertThat(portalOrderCounted.await(30, TimeUnit.SECONDS)).isTrue();
			String confirmation = chat.buttonReply("CONFIRM-CHECKOUT", "Place order");
			assertThat(chat.post(confirmation)).isEqualTo("accepted");
			await().atMost(Duration.ofSeconds(30))
				.alias("the WhatsApp checkout waits for the portal order's count of the month")
				.until(() -> jdbc.sql("""
						select count(*) from pg_stat_activity where datname = current_database()
						 and wait_event_type = 'Lock' and query like '%clinic_order_usage%'
						""").query(Integer.class).single() > 0);
			commitPortalOrder.countDown();
			assertThat(portalOrder.get(30, TimeUnit.SECONDS).source()).isEqualTo(OrderSource.WEB);
			chat.awaitHandled();

			assertThat(JsonPath.<String>read(chat.onlyAnswerTo(JsonPath.read(confirmation, "$.payload.id")), "$.text"))
				.isEqualTo("Your Test Chat plan's 1 order for this month is used up, so nothing was ordered; "
						+ "upgrade to Clinic to order more now: " + portal("/clinic/plan"));
		}
		assertThat(ordersOf(clinic.owner())).extracting(row -> row.get("source")).containsExactly("WEB");
		assertThat(cart(clinic)).containsOnly(Map.entry(tailam.id(), 2));
		assertThat(stockOf(tailam)).isEqualTo(10);
		assertThat(paymentLinksOf(clinic.owner())).isEmpty();
		assertThat(jdbc.sql("select outcome from whatsapp_inbound where phone = :phone order by received_at desc")
			.param("phone", chat.phone)
			.query(String.class)
			.list()
			.getFirst()).startsWith("Refused, nothing done: Your Test Chat plan's 1 order for this month");
	}

	private ProductView productOfANewMaker(String price) {
		return TestCatalog.product(listing, Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA),
				price, 10);
	}

	private String portal(String path) {
		String base = settings.portalUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not released in time");
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private OwnedClinic approvedClinic() {
		return Profiles.approvedClinic(users, clinics, IndianState.KERALA);
	}

	/** The demo product with this SKU, as clinics see it. */
	private ProductView demoProduct(String sku) {
		return catalog
			.search(new CatalogQuery(sku, null, null, false, CatalogSort.NAME), Profiles.ADMIN, PageRequest.of(0, 5))
			.stream()
			.filter(product -> product.sku().equals(sku))
			.findFirst()
			.orElseThrow();
	}

	/** The owner's number, verified with the code sent to it, as in the portal. */
	private Chat chatOf(User owner) {
		String mobile = Accounts.uniqueMobile();
		String phone = numbers.sendCode(Accounts.principal(owner), mobile);
		String code = jdbc
			.sql("select message from whatsapp_outbox where phone = :phone and kind = 'VERIFICATION_CODE'")
			.param("phone", phone)
			.query(String.class)
			.single()
			.replaceAll("(?s).*\"text\":\"(\\d{6}) is your Ayurlahi verification code.*", "$1");
		numbers.verify(Accounts.principal(owner), code);
		return new Chat(phone);
	}

	private Map<UUID, Integer> cart(OwnedClinic clinic) {
		Map<UUID, Integer> lines = new HashMap<>();
		jdbc.sql("select product_id, quantity from cart_items where clinic_id = :id")
			.param("id", clinic.clinic().getId())
			.query((row, n) -> lines.put(row.getObject(1, UUID.class), row.getInt(2)))
			.list();
		return lines;
	}

	private List<Map<String, Object>> ordersOf(User clinicUser) {
		return jdbc.sql("select * from orders where clinic_user_id = :id order by order_number")
			.param("id", clinicUser.getId())
			.query()
			.listOfRows();
	}

	private List<String> paymentLinksOf(User clinicUser) {
		return jdbc.sql("select amount from payment_links where clinic_user_id = :id")
			.param("id", clinicUser.getId())
			.query(BigDecimal.class)
			.list()
			.stream()
			.map(BigDecimal::toPlainString)
			.toList();
	}

	private int stockOf(ProductView product) {
		return jdbc.sql("select stock_quantity from products where id = :id")
			.param("id", product.id())
			.query(Integer.class)
			.single();
	}

	private String statusOf(OrderView order) {
		return jdbc.sql("select status from orders where id = :id")
			.param("id", order.id())
			.query(String.class)
			.single();
	}

	/** A clinic's WhatsApp number talking to us through Gupshup's callbacks. */
	final class Chat {

		final String phone;

		private int handled;

		Chat(String phone) {
			this.phone = phone;
		}

		/**
		 * Types {@code text}; returns WhatsApp's id of the message, once it is handled.
		 */
		String say(String text) {
			return send(callback("text", "{\"text\":" + quoted(text) + "}"));
		}

		/** Picks a list row or taps a button with this postback. */
		String choose(String postback, String title) {
			boolean listRow = postback.startsWith("ADD:")
					|| (postback.equals(postback.toUpperCase(Locale.ROOT)) && !postback.contains(":"));
			return send(listRow ? callback("list_reply", """
					{"title":%s,"id":"list-1","reply":%s,"postbackText":%s,"description":""}
					""".formatted(quoted(title), quoted(title + " 1"), quoted(postback)))
					: buttonReply(postback, title));
		}

		String buttonReply(String postback, String title) {
			return callback("button_reply", """
					{"title":%s,"id":"","reply":%s,"postbackText":%s}
					""".formatted(quoted(title), quoted(title), quoted(postback)));
		}

		/** Posts a callback and waits until its message is handled; returns its id. */
		String send(String callback) {
			assertThat(post(callback)).isEqualTo("accepted");
			awaitHandled();
			return JsonPath.read(callback, "$.payload.id");
		}

		/** Waits until one more of the number's messages is handled. */
		void awaitHandled() {
			handled++;
			await().atMost(Duration.ofSeconds(15))
				.until(() -> jdbc
					.sql("select count(*) from whatsapp_inbound where phone = :phone and handled_at is not null")
					.param("phone", phone)
					.query(Integer.class)
					.single() == handled);
		}

		/** Posts a callback as Gupshup does; returns what the webhook answered. */
		String post(String callback) {
			return JsonPath
				.parse(new String(mvc.post()
					.uri("/api/webhooks/whatsapp/incoming?token=" + TOKEN)
					.contentType(MediaType.APPLICATION_JSON)
					.content(callback)
					.exchange()
					.getResponse()
					.getContentAsByteArray(), StandardCharsets.UTF_8))
				.read("$.status");
		}

		/** The one answer to the message with this id, as the outbox holds it. */
		String onlyAnswerTo(String messageId) {
			List<String> answers = jdbc.sql("""
					select o.message from whatsapp_outbox o join whatsapp_inbound i on o.in_reply_to = i.id
					 where i.provider_id = :id and o.kind = 'REPLY' order by o.seq
					""").param("id", messageId).query(String.class).list();
			assertThat(answers).hasSize(1);
			return answers.getFirst();
		}

		private String callback(String type, String payload) {
			return """
					{"app":"AyurlahiApp","timestamp":1764900000000,"version":2,"type":"message",
					 "payload":{"id":"wamid.%s","source":"%s","type":"%s","payload":%s,
					            "sender":{"phone":"%s","name":"Dr. Test","country_code":"91","dial_code":"%s"}}}
					""".formatted(UUID.randomUUID(), phone, type, payload.strip(), phone, phone.substring(2));
		}

		private static String quoted(String text) {
			return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		}

	}

}
