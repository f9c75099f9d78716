package com.ayurlahi.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
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
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The clinic portal's catalog, cart, checkout and order pages, full pages and the htmx
 * fragments that replace parts of them, with what each shows and the events they fire.
 */
@IntegrationTest
class ClinicOrderingPagesIT {

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

	@Autowired
	Cart cart;

	@Test
	void aClinicSearchesAsItTypesAndAddsToItsCartWithoutAPageLoad() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		String name = TestCatalog.uniqueName("Churna");
		ProductView product = listing.create(Accounts.principal(maker.owner()), TestCatalog.details(name, "95.00", 2),
				5);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		String word = name.split(" ")[0];

		MvcTestResult page = mvc.get().uri("/clinic/catalog?q=" + word).with(as(clinic)).exchange();
		MvcTestResult fragment = mvc.get()
			.uri("/clinic/catalog?q=" + word)
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult tooShort = mvc.get()
			.uri("/clinic/catalog?q=as")
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult productPage = mvc.get().uri("/clinic/catalog/" + product.id()).with(as(clinic)).exchange();
		MvcTestResult belowMinimum = addToCart(clinic, product, "1");
		MvcTestResult added = addToCart(clinic, product, "4");
		MvcTestResult tooMany = addToCart(clinic, product, "2");
		MvcTestResult badge = mvc.get().uri("/clinic/cart/badge").with(as(clinic)).exchange();

		assertThat(page).hasStatusOk().bodyText().contains("<title>Catalog · Ayurlahi</title>", name, "1 product");
		assertThat(fragment).hasStatusOk().bodyText().contains(name, "₹95.00").doesNotContain("<html", "<title>");
		assertThat(tooShort).bodyText().contains("Type at least 3 letters to search.");
		assertThat(productPage).bodyText()
			.contains(name, maker.manufacturer().getCompanyName(), "₹99.75", "minimum order 2");
		assertThat(belowMinimum).bodyText().contains("The minimum order of " + name + " is 2 units.");
		assertThat(belowMinimum.getResponse().getHeader("HX-Trigger")).isNull();
		assertThat(added).hasStatusOk().bodyText().contains("In your cart");
		assertThat(added.getResponse().getHeader("HX-Trigger")).contains("cartChanged");
		assertThat(tooMany).bodyText().contains("Only 5 of " + name + " are in stock and your cart already has 4.");
		assertThat(badge).bodyText().contains(">1</span>");
	}

	@Test
	void aSupplyWithinOtherTerritoryShowsUtgstInTheCart() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.OTHER_TERRITORY);
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.OTHER_TERRITORY), "190.00", 10);
		cart.add(Accounts.principal(clinic.owner()), product.id(), 2);

		MvcTestResult page = mvc.get().uri("/clinic/cart").with(as(clinic)).exchange();

		assertThat(page).bodyText()
			.contains("Within Other Territory: CGST + UTGST", "CGST ₹9.50", "UTGST ₹9.50", "₹399.00")
			.doesNotContain("SGST ₹", "IGST ₹");
	}

	@Test
	void theCartGroupsLinesByManufacturerWithTheirTaxAndChangesInPlace() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView fromMaharashtra = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA), "33.33", 50);
		ProductView fromKerala = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "190.00", 10);
		cart.add(Accounts.principal(clinic.owner()), fromMaharashtra.id(), 3);
		cart.add(Accounts.principal(clinic.owner()), fromKerala.id(), 2);

		MvcTestResult page = mvc.get().uri("/clinic/cart").with(as(clinic)).exchange();
		MvcTestResult tooMany = mvc.post()
			.uri("/clinic/cart/items/" + fromKerala.id())
			.header("HX-Request", "true")
			.param("quantity", "11")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		MvcTestResult changed = mvc.post()
			.uri("/clinic/cart/items/" + fromKerala.id())
			.header("HX-Request", "true")
			.param("quantity", "4")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		MvcTestResult removed = mvc.post()
			.uri("/clinic/cart/items/" + fromMaharashtra.id() + "/remove")
			.header("HX-Request", "true")
			.with(as(clinic))
			.with(csrf())
			.exchange();

		assertThat(page).bodyText()
			.contains("IGST ₹5.00", "₹104.99", "CGST ₹9.50", "SGST ₹9.50", "₹399.00", "₹503.99",
					"From Maharashtra to Kerala: IGST", "Within Kerala: CGST + SGST");
		assertThat(tooMany).bodyText().contains("Only 10 of " + fromKerala.name() + " are in stock.");
		assertThat(tooMany.getResponse().getHeader("HX-Trigger")).isNull();
		assertThat(changed).bodyText().contains("₹760.00", "₹798.00").doesNotContain("<html");
		assertThat(changed.getResponse().getHeader("HX-Trigger")).contains("cartChanged");
		assertThat(removed).bodyText().doesNotContain(fromMaharashtra.name());
	}

	@Test
	void checkoutPreviewsTheTaxForTheChosenStateAndPlacesOneOrderPerManufacturer() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView fromKerala = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "190.00", 10);
		cart.add(Accounts.principal(clinic.owner()), fromKerala.id(), 2);

		MvcTestResult page = mvc.get().uri("/clinic/checkout").with(as(clinic)).exchange();
		MvcTestResult preview = mvc.get()
			.uri("/clinic/checkout/preview?state=TAMIL_NADU")
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult missingPin = mvc.post()
			.uri("/clinic/checkout")
			.with(as(clinic))
			.with(csrf())
			.param("addressLine1", "1 Road")
			.param("city", "Kochi")
			.param("state", "KERALA")
			.exchange();
		MvcTestResult placed = mvc.post()
			.uri("/clinic/checkout")
			.with(as(clinic))
			.with(csrf())
			.param("addressLine1", "3 Race Course Road")
			.param("city", "Coimbatore")
			.param("pincode", "641018")
			.param("state", "TAMIL_NADU")
			.exchange();

		assertThat(page).bodyText().contains("12 Temple Road", "CGST ₹9.50", "Place the order");
		assertThat(preview).bodyText().contains("IGST ₹19.00", "to Tamil Nadu: IGST").doesNotContain("<html");
		assertThat(missingPin).model().extractingBindingResult("delivery").hasFieldErrors("pincode");
		assertThat(placed).hasRedirectedUrl("/clinic/orders");
		assertThat(placed).flash().containsKey("flash");
		OrderSummary order = orders.search(OrderFilter.all(), Accounts.principal(clinic.owner()), PageRequest.of(0, 5))
			.getContent()
			.getFirst();
		assertThat(order.total()).isEqualByComparingTo("399.00");
		assertThat(order.shippingCity()).isEqualTo("Coimbatore");
	}

	@Test
	void aRefusedCartChangeLandsInTheSlotOfItsFormAndARefusedCheckoutAboveTheForm() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "40.00", 3);
		cart.add(Accounts.principal(clinic.owner()), product.id(), 2);

		MvcTestResult cartPage = mvc.get().uri("/clinic/cart").with(as(clinic)).exchange();
		MvcTestResult tooMany = mvc.post()
			.uri("/clinic/cart/items/" + product.id())
			.header("HX-Request", "true")
			.header("HX-Trigger", "cart-line-" + product.id())
			.param("quantity", "4")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		MvcTestResult addedTooMany = mvc.post()
			.uri("/clinic/cart/items")
			.header("HX-Request", "true")
			.header("HX-Trigger", "add-" + product.id())
			.param("productId", product.id().toString())
			.param("quantity", "2")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		MvcTestResult withoutJavaScript = mvc.post()
			.uri("/clinic/cart/items")
			.param("productId", product.id().toString())
			.param("quantity", "2")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		cart.remove(Accounts.principal(clinic.owner()), product.id());
		MvcTestResult emptyCart = mvc.post()
			.uri("/clinic/checkout")
			.with(as(clinic))
			.with(csrf())
			.param("addressLine1", "1 Road")
			.param("city", "Kochi")
			.param("pincode", "682016")
			.param("state", "KERALA")
			.exchange();

		assertThat(cartPage).bodyText()
			.contains("id=\"cart-line-" + product.id() + "\"", "id=\"cart-line-" + product.id() + "-error\"");
		assertThat(tooMany).hasStatus(HttpStatus.CONFLICT)
			.hasHeader("HX-Retarget", "#cart-line-" + product.id() + "-error");
		assertThat(tooMany).bodyText()
			.contains("data-testid=\"action-error\"", "Only 3 of " + product.name() + " are in stock.");
		assertThat(addedTooMany).hasStatus(HttpStatus.CONFLICT)
			.hasHeader("HX-Retarget", "#add-" + product.id() + "-error");
		assertThat(withoutJavaScript).hasRedirectedUrl("/clinic/cart");
		assertThat(withoutJavaScript).flash().containsKey("flash");
		assertThat(emptyCart).hasStatusOk().model().extractingBindingResult("delivery").hasErrorsCount(1);
		assertThat(emptyCart).bodyText().contains("data-testid=\"checkout-error\"", "Your cart is empty.");
	}

	@Test
	void anOrderPageRefreshesItsProgressUntilTheOrderIsFinalAndOffersCancelAndReorder() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "40.00", 10);
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		OrderView order = placement.place(buyer, List.of(new OrderLine(product.id(), 2)), null, OrderSource.WEB);
		String path = "/clinic/orders/" + order.id();

		MvcTestResult list = mvc.get()
			.uri("/clinic/orders?status=PENDING")
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult open = mvc.get().uri(path).with(as(clinic)).exchange();
		MvcTestResult polled = mvc.get()
			.uri(path + "/progress")
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult noReason = mvc.post().uri(path + "/cancel").with(as(clinic)).with(csrf()).exchange();
		MvcTestResult cancelled = mvc.post()
			.uri(path + "/cancel")
			.param("reason", "Ordered twice")
			.with(as(clinic))
			.with(csrf())
			.exchange();
		MvcTestResult finalProgress = mvc.get()
			.uri(path + "/progress")
			.header("HX-Request", "true")
			.with(as(clinic))
			.exchange();
		MvcTestResult reordered = mvc.post().uri(path + "/reorder").with(as(clinic)).with(csrf()).exchange();

		assertThat(list).bodyText().contains(order.orderNumber(), "Awaiting payment");
		assertThat(open).bodyText()
			.contains(order.orderNumber(), "Order placed", "Cancel order", "₹84.00")
			.doesNotContain("Commission");
		assertThat(polled).bodyText().contains("hx-trigger=\"every 1s\"", "Awaiting payment").doesNotContain("<html");
		assertThat(noReason).hasStatusOk().bodyText().contains("Say why, for the clinic and the manufacturer to read.");
		assertThat(cancelled).hasRedirectedUrl(path);
		assertThat(finalProgress).bodyText().contains("Cancelled", "Ordered twice").doesNotContain("hx-trigger");
		assertThat(reordered).hasRedirectedUrl("/clinic/cart");
		assertThat(cart.view(buyer).lineCount()).isEqualTo(1);
	}

	@Test
	void aClinicWithoutAProfileIsToldToCreateOneAndAnotherClinicsOrderDoesNotExist() {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedClinic other = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing,
				Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA), "40.00", 10);
		OrderView order = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 1)),
				null, OrderSource.WEB);
		orders.confirmPayment(order.id(), Actor.system());
		AuthenticatedUser newcomer = Accounts.principal(Accounts.create(users, Role.CLINIC));

		assertThat(mvc.get().uri("/clinic/orders/" + order.id()).with(as(other)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/clinic/cart").with(user(newcomer)).exchange()).hasStatus(409)
			.bodyText()
			.contains("Create your clinic profile first");
		assertThat(mvc.get().uri("/clinic/orders/" + order.id()).with(as(clinic)).exchange()).bodyText()
			.contains("Confirmed", "Payment received", "Cancel order", "goes back to the account you paid from");
	}

	private MvcTestResult addToCart(OwnedClinic clinic, ProductView product, String quantity) {
		return mvc.post()
			.uri("/clinic/cart/items")
			.header("HX-Request", "true")
			.param("productId", product.id().toString())
			.param("quantity", quantity)
			.with(as(clinic))
			.with(csrf())
			.exchange();
	}

	private static RequestPostProcessor as(OwnedClinic clinic) {
		return user(Accounts.principal(clinic.owner()));
	}

}
