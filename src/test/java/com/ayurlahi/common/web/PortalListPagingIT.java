package com.ayurlahi.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Every portal list reads its {@code page} from a link leniently: a page that is not a
 * number, below the first or beyond any there can be shows a page of the list, never an
 * error.
 */
@IntegrationTest
class PortalListPagingIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@ParameterizedTest
	@CsvSource({ "CLINIC, /clinic/orders, Your orders", "CLINIC, /clinic/invoices, Invoices",
			"MANUFACTURER, /manufacturer/orders, Orders", "MANUFACTURER, /manufacturer/settlements, Settlements",
			"MANUFACTURER, /manufacturer/invoices, Invoices", "MANUFACTURER, /manufacturer/products, Your products",
			"ADMIN, /admin/orders, Orders", "ADMIN, /admin/payments, Payments",
			"ADMIN, /admin/payments/events, Received Razorpay webhooks", "ADMIN, /admin/payments/refunds, Refunds",
			"ADMIN, /admin/invoices, Invoices", "ADMIN, /admin/audit, Audit log", "ADMIN, /admin/clinics, Clinics",
			"ADMIN, /admin/manufacturers, Manufacturers", "CLINIC, /clinic/catalog, Catalog",
			"SUPPORT, /admin/whatsapp/conversations, Conversations", "SUPPORT, /admin/whatsapp/messages, Message log",
			"SUPPORT, /admin/whatsapp/outbox, Failed or not sent", "SUPPORT, /admin/whatsapp/consents, Consent log",
			"SUPPORT, /admin/subscriptions/subscribers, Subscribers",
			"SUPPORT, /admin/subscriptions/past-due, Past due" })
	void aPageThatIsNoPageShowsTheList(Role role, String path, String heading) {
		User user = switch (role) {
			case CLINIC -> Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();
			case MANUFACTURER -> Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA).owner();
			default -> Accounts.create(users, role);
		};

		for (String page : new String[] { "abc", "-3", "99999999999", "" }) {
			MvcTestResult list = mvc.get()
				.uri(path + "?page={page}", page)
				.with(user(Accounts.principal(user)))
				.exchange();

			assertThat(list).as("%s?page=%s", path, page).hasStatusOk();
			assertThat(list).bodyText().contains(heading).doesNotContain("Bad Request");
		}
	}

}
