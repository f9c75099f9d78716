package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The manufacturer portal's products, stock file and order queue, and the admin console's
 * orders: what each page shows, the htmx actions in the queue, and the refusals shown
 * next to what caused them.
 */
@IntegrationTest
class FulfilmentPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	ProductListing listing;

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Test
	void aManufacturerAddsAProductAndIsToldExactlyWhatIsWrongWithIt() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		String name = TestCatalog.uniqueName("Vati");

		MvcTestResult form = mvc.get().uri("/manufacturer/products/new").with(as(maker.owner())).exchange();
		MvcTestResult refused = mvc.post()
			.uri("/manufacturer/products/new")
			.with(as(maker.owner()))
			.with(csrf())
			.param("name", name)
			.param("sku", "pg-vati-1")
			.param("hsnCode", "300")
			.param("gstRate", "12")
			.param("unitPrice", "100")
			.param("mrp", "111")
			.param("packSize", "60 tablets")
			.param("dosageForm", "GULIKA")
			.param("composition", "Herbs")
			.param("minOrderQuantity", "1")
			.exchange();
		MvcTestResult overMrp = mvc.post()
			.uri("/manufacturer/products/new")
			.with(as(maker.owner()))
			.with(csrf())
			.param("name", name)
			.param("sku", "pg-vati-1")
			.param("hsnCode", "3004")
			.param("gstRate", "12")
			.param("unitPrice", "100")
			.param("mrp", "111")
			.param("packSize", "60 tablets")
			.param("dosageForm", "GULIKA")
			.param("composition", "Herbs")
			.param("minOrderQuantity", "1")
			.param("stockQuantity", "25")
			.exchange();
		MvcTestResult created = mvc.post()
			.uri("/manufacturer/products/new")
			.with(as(maker.owner()))
			.with(csrf())
			.param("name", name)
			.param("sku", "pg-vati-1")
			.param("hsnCode", "3004")
			.param("gstRate", "12")
			.param("unitPrice", "99.10")
			.param("mrp", "111")
			.param("packSize", "60 tablets")
			.param("dosageForm", "GULIKA")
			.param("composition", "Herbs")
			.param("minOrderQuantity", "1")
			.param("stockQuantity", "25")
			.param("medicalSupervision", "true")
			.exchange();

		assertThat(form).hasStatusOk().bodyText().contains("New product", "30049011");
		assertThat(refused).model().extractingBindingResult("product").hasFieldErrors("hsnCode", "stockQuantity");
		assertThat(overMrp).model().extractingBindingResult("product").hasFieldErrors("mrp");
		assertThat(overMrp).bodyText().contains("The price with GST (₹112.00) may not exceed the MRP (₹111.00).");
		assertThat(created).hasStatus3xxRedirection();
		MvcTestResult list = mvc.get()
			.uri("/manufacturer/products?q=" + name.split(" ")[0])
			.header("HX-Request", "true")
			.with(as(maker.owner()))
			.exchange();
		assertThat(list).bodyText().contains(name, "PG-VATI-1", "₹99.10", "12%").doesNotContain("<html");
	}

	@Test
	void aStockCountMadeStaleByAnOrderIsShownNextToTheStockField() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "40.00", 20);
		placement.place(Accounts.principal(Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner()),
				List.of(new OrderLine(product.id(), 5)), null, OrderSource.WEB);

		MvcTestResult stale = mvc.post()
			.uri("/manufacturer/products/" + product.id() + "/stock")
			.with(as(maker.owner()))
			.with(csrf())
			.param("stockQuantity", "30")
			.param("expected", "20")
			.exchange();
		MvcTestResult notANumber = mvc.post()
			.uri("/manufacturer/products/" + product.id() + "/stock")
			.with(as(maker.owner()))
			.with(csrf())
			.param("stockQuantity", "thirty")
			.param("expected", "15")
			.exchange();
		MvcTestResult set = mvc.post()
			.uri("/manufacturer/products/" + product.id() + "/stock")
			.with(as(maker.owner()))
			.with(csrf())
			.param("stockQuantity", "30")
			.param("expected", "15")
			.exchange();

		assertThat(stale).hasStatusOk()
			.bodyText()
			.contains("Orders took stock while you were editing: 15 units are left now.");
		assertThat(notANumber).bodyText().contains("Enter the units you have, as a whole number.");
		assertThat(set).hasRedirectedUrl("/manufacturer/products/" + product.id());
		assertThat(catalog.get(product.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(30);
	}

	@Test
	void aStockFileIsPreviewedThenApplied() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "40.00", 20);
		String csv = "sku,stock\n" + product.sku() + ",44\nNO-SUCH-SKU,3\n";

		MvcTestResult bad = mvc.post()
			.uri("/manufacturer/products/import")
			.multipart()
			.file(new MockMultipartFile("file", "stock.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult good = mvc.post()
			.uri("/manufacturer/products/import")
			.multipart()
			.file(new MockMultipartFile("file", "stock.csv", "text/csv",
					("\uFEFF" + product.sku() + ",44\n").getBytes(StandardCharsets.UTF_8)))
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult latin1 = mvc.post()
			.uri("/manufacturer/products/import")
			.multipart()
			.file(new MockMultipartFile("file", "stock.csv", "text/csv", new byte[] { (byte) 0xE9, ',', '1' }))
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult applied = mvc.post()
			.uri("/manufacturer/products/import/apply")
			.param("csv", product.sku() + ",44\n")
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();

		assertThat(bad).bodyText()
			.contains("1 of 2 lines have problems", "None of your products has the SKU NO-SUCH-SKU.")
			.doesNotContain("Apply all changes");
		assertThat(good).bodyText().contains("The line is fine.", "20 → 44", "Apply all changes");
		assertThat(latin1).bodyText().contains("not a text file in UTF-8");
		assertThat(applied).hasRedirectedUrl("/manufacturer/products");
		assertThat(catalog.get(product.id(), Profiles.ADMIN).stockQuantity()).isEqualTo(44);
	}

	@Test
	void theQueueMovesAPaidOrderOnInPlaceAndTheOrderPageShowsTheLabelWithoutContacts() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "40.00", 20);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 5)),
				null, OrderSource.WEB);
		orders.confirmPayment(order.id(), Actor.system());

		MvcTestResult queue = mvc.get().uri("/manufacturer/orders").with(as(maker.owner())).exchange();
		MvcTestResult packing = mvc.post()
			.uri("/manufacturer/orders/" + order.id() + "/status?queue=NEW")
			.header("HX-Request", "true")
			.param("status", "PROCESSING")
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult untracked = mvc.post()
			.uri("/manufacturer/orders/" + order.id() + "/status?queue=PACKING")
			.header("HX-Request", "true")
			.param("status", "SHIPPED")
			.param("carrier", "DTDC")
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult page = mvc.get().uri("/manufacturer/orders/" + order.id()).with(as(maker.owner())).exchange();

		assertThat(queue).bodyText().contains(order.orderNumber(), clinic.clinic().getLegalName(), "Start packing");
		assertThat(packing).bodyText()
			.contains("Order " + order.orderNumber() + " is now being packed.")
			.doesNotContain("<html");
		assertThat(packing.getResponse().getHeader("HX-Trigger")).contains("ordersChanged");
		assertThat(untracked).bodyText().contains("Enter the tracking number the carrier gave you");
		assertThat(page).bodyText()
			.contains("Ship to", clinic.clinic().getLegalName(), clinic.clinic().getGstin().value(), "12 Temple Road",
					"Mark shipped", "10.00%")
			.doesNotContain(clinic.clinic().getContact().phone(), clinic.clinic().getContact().email());
	}

	@Test
	void aRefusedActionOnTheOrderPageIsShownAgainOnItsForm() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "40.00", 20);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 2)),
				null, OrderSource.WEB);
		orders.confirmPayment(order.id(), Actor.system());
		orders.changeStatus(order.id(), OrderStatus.PROCESSING, null, null, Accounts.principal(maker.owner()));
		String path = "/manufacturer/orders/" + order.id();

		MvcTestResult untracked = mvc.post()
			.uri(path + "/status")
			.param("status", "SHIPPED")
			.param("carrier", "DTDC")
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult noReason = mvc.post()
			.uri(path + "/items/" + order.items().getFirst().id() + "/cancel")
			.with(as(maker.owner()))
			.with(csrf())
			.exchange();
		MvcTestResult badDate = mvc.get()
			.uri("/admin/orders?status=NOPE&from=yesterday&clinic=" + clinic.clinic().getLegalName())
			.with(as(Accounts.create(users, Role.SUPPORT)))
			.exchange();

		assertThat(untracked).hasStatusOk()
			.model()
			.extractingBindingResult("statusChange")
			.hasFieldErrors("trackingNumber");
		assertThat(untracked).bodyText()
			.contains("data-testid=\"action-error\"", "Enter the tracking number the carrier gave you",
					"value=\"DTDC\"");
		assertThat(noReason).hasStatusOk().model().extractingBindingResult("itemCancellation").hasFieldErrors("reason");
		assertThat(noReason).bodyText()
			.contains("data-testid=\"cancel-item-error\">Say why, for the clinic and the manufacturer to read.");
		assertThat(badDate).hasStatusOk()
			.bodyText()
			.contains(order.orderNumber(), "data-testid=\"error-from\">Enter a date.");
		assertThat(orders.get(order.id(), Profiles.ADMIN).status()).isEqualTo(OrderStatus.PROCESSING);
	}

	@Test
	void theTeamFiltersAllOrdersAndOnlyAnAdminCancels() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "40.00", 20);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 1)),
				null, OrderSource.WEB);
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult filtered = mvc.get()
			.uri("/admin/orders?status=SHIPPED&clinic=" + clinic.clinic().getGstin().pan())
			.header("HX-Request", "true")
			.with(as(support))
			.exchange();
		MvcTestResult byName = mvc.get()
			.uri("/admin/orders?clinic=" + clinic.clinic().getLegalName().substring(12))
			.with(as(support))
			.exchange();
		MvcTestResult page = mvc.get().uri("/admin/orders/" + order.id()).with(as(support)).exchange();
		MvcTestResult bySupport = mvc.post()
			.uri("/admin/orders/" + order.id() + "/cancel")
			.param("reason", "x")
			.with(as(support))
			.with(csrf())
			.exchange();
		MvcTestResult byAdmin = mvc.post()
			.uri("/admin/orders/" + order.id() + "/cancel")
			.param("reason", "Duplicate order")
			.with(as(admin))
			.with(csrf())
			.exchange();

		assertThat(filtered).bodyText().doesNotContain(order.orderNumber());
		assertThat(byName).bodyText().contains(order.orderNumber(), "1 order");
		assertThat(page).bodyText()
			.contains(order.orderNumber(), clinic.clinic().getLegalName(), "Kerala (32)")
			.doesNotContain("Cancel order");
		assertThat(bySupport).hasStatus(403);
		assertThat(byAdmin).hasRedirectedUrl("/admin/orders/" + order.id());
		assertThat(orders.get(order.id(), Profiles.ADMIN).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	private static RequestPostProcessor as(User user) {
		return user(Accounts.principal(user));
	}

}
