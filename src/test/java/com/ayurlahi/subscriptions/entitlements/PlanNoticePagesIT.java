package com.ayurlahi.subscriptions.entitlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.subscriptions.Entitlements;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The catalog, cart and checkout say plainly when the month's orders are near their end
 * (two or fewer left) or used up, with a link to change plan; a refused checkout shows
 * the plan's refusal where checkout refusals go, with the same link. Nothing is said to a
 * clinic whose plan has no limit.
 */
@IntegrationTest
class PlanNoticePagesIT {

	private static final List<String> PAGES = List.of("/clinic/catalog", "/clinic/cart", "/clinic/checkout");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MovableClock clock;

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
	Cart cart;

	@Autowired
	ClinicPlans clinicPlans;

	ProductView product;

	@BeforeEach
	void aProduct() {
		product = TestCatalog.product(listing, Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA),
				"30.00", 100);
	}

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void theCatalogCartAndCheckoutSayHowManyOrdersAreLeftWhenFewAre() {
		OwnedClinic clinic = freeClinicWithOrders(8);
		cart.add(Accounts.principal(clinic.owner()), product.id(), 1);

		for (String page : PAGES) {
			assertThat(page(clinic, page)).as(page)
				.contains("data-testid=\"plan-notice\"", "alert-warning",
						"2 of 10 orders left this month on your Free plan.", "href=\"/clinic/plan\"", "Change plan");
		}
		placeOrders(clinic, 1);
		assertThat(page(clinic, "/clinic/catalog")).contains("1 of 10 orders left this month on your Free plan.");
		assertThat(page(clinic, "/clinic/catalog/" + product.id())).as("a product's page")
			.contains("1 of 10 orders left this month on your Free plan.");
		assertThat(mvc.get()
			.uri("/clinic/catalog?q=churna")
			.header("HX-Request", "true")
			.with(Accounts.login(clinic.owner()))
			.exchange()).as("the catalog's results swapped in by htmx").bodyText().doesNotContain("plan-notice");
	}

	@Test
	void aClinicWithOrdersToSpareOrWithoutALimitIsToldNothing() {
		OwnedClinic spare = freeClinicWithOrders(7);
		OwnedClinic onTrial = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		placeOrders(onTrial, 10);

		for (String page : PAGES) {
			assertThat(page(spare, page)).as(page).doesNotContain("plan-notice");
			assertThat(page(onTrial, page)).as(page).doesNotContain("plan-notice");
		}
	}

	@Test
	void usedUpOrdersAreSaidOnEveryPageAndARefusedCheckoutLinksToChangePlan() throws Exception {
		OwnedClinic clinic = freeClinicWithOrders(10);
		cart.add(Accounts.principal(clinic.owner()), product.id(), 2);
		String nextMonth = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)
			.format(Entitlements.monthOf(clock.instant()).plusMonths(1).atDay(1));

		for (String page : PAGES) {
			assertThat(page(clinic, page)).as(page)
				.contains("alert-danger", "Your Free plan's 10 orders for this month are used up: you can place "
						+ "orders again from " + nextMonth + ", or at once on another plan.");
		}
		MvcTestResult refused = mvc.post()
			.uri("/clinic/checkout")
			.with(Accounts.login(clinic.owner()))
			.with(csrf())
			.param("addressLine1", "12 Temple Road")
			.param("city", "Testpur")
			.param("pincode", "680001")
			.param("state", "KERALA")
			.exchange();

		assertThat(refused).hasStatusOk().model().extractingBindingResult("delivery").hasErrorsCount(1);
		String body = HtmlUtils.htmlUnescape(refused.getResponse().getContentAsString());
		String error = body.substring(body.indexOf("data-testid=\"checkout-error\""),
				body.indexOf("class=\"row g-4\""));
		assertThat(error)
			.contains("Your Free plan's 10 orders for this month are used up. Upgrade to Clinic to order more "
					+ "this month.")
			.contains("href=\"/clinic/plan\"", "data-testid=\"checkout-error-link\"", ">Change plan</a>");
		assertThat(cart.view(Accounts.principal(clinic.owner())).lineCount()).isEqualTo(1);
		assertThat(clinicPlans.ordersThisMonth(clinic.clinic().getId())).isEqualTo(10);
	}

	private OwnedClinic freeClinicWithOrders(int count) {
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		clinicPlans.trialOver(clinic.clinic().getId());
		placeOrders(clinic, count);
		return clinic;
	}

	private void placeOrders(OwnedClinic clinic, int count) {
		AuthenticatedUser buyer = Accounts.principal(clinic.owner());
		for (int n = 0; n < count; n++) {
			placement.place(buyer, List.of(new OrderLine(product.id(), 1)), null, OrderSource.WEB);
		}
	}

	/** The page as the clinic sees it, its text unescaped. */
	private String page(OwnedClinic clinic, String path) {
		MvcTestResult page = mvc.get().uri(path).with(Accounts.login(clinic.owner())).exchange();
		assertThat(page).as(path).hasStatusOk();
		try {
			return HtmlUtils.htmlUnescape(page.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
