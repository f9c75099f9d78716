package com.ayurlahi.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceExports;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderExports;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentExports;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

import jakarta.servlet.DispatcherType;

/**
 * The CSV exports of each portal: streamed (the response is written asynchronously, as
 * the rows are read), each its own data within the days asked for, and a manufacturer's
 * never carry the clinic's contact person, phone, email or WhatsApp number.
 */
@IntegrationTest
class CsvExportsIT {

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	MockMvcTester mvc;

	@Test
	void eachPortalExportsItsOwnRowsOfTheDaysAskedForAndManufacturersNoContactDetails() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		GstSale sale = GstSale.paid(clinic, GstSale.Products.of(listing, maker), placement, checkouts, orders, invoices,
				mvc);
		Invoice creditNote = sale.cancelTwelvePercentItem(orders, invoices, maker);
		String today = IndianTime.today(java.time.Clock.systemUTC()).toString();
		String days = "?from=" + today + "&to=" + today;
		String number = sale.order().orderNumber();
		OwnedClinic otherClinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		User admin = Accounts.create(users, Role.ADMIN);

		String makerOrders = csv(maker.owner(), "/manufacturer/orders.csv" + days, OrderExports.HEADER);
		assertThat(makerOrders).contains(number, clinic.clinic().getName(), clinic.clinic().getGstin().value(),
				// ₹427.00 less the cancelled ₹100.00 item and its ₹12.00 GST
				",315.00");
		ContactDetails contact = clinic.clinic().getContact();
		String makerSettlements = csv(maker.owner(), "/manufacturer/settlements.csv" + days,
				PaymentExports.SETTLEMENTS);
		assertThat(makerSettlements).contains(number + ",", ",427.00,112.00,");
		String makerInvoices = csv(maker.owner(), "/manufacturer/invoices.csv" + days, InvoiceExports.HEADER);
		assertThat(makerInvoices).contains(sale.invoice().getNumber(), creditNote.getNumber(), "Credit note");
		for (String export : List.of(makerOrders, makerSettlements, makerInvoices)) {
			assertThat(export).doesNotContain(contact.person(), contact.phone(), contact.email());
		}

		assertThat(csv(clinic.owner(), "/clinic/orders.csv" + days, OrderExports.HEADER)).contains(number);
		assertThat(csv(clinic.owner(), "/clinic/payments.csv" + days, PaymentExports.PAYMENTS)).contains(number,
				"427.00", "PARTIALLY_REFUNDED");
		assertThat(csv(clinic.owner(), "/clinic/invoices.csv", InvoiceExports.HEADER))
			.contains(sale.invoice().getNumber());
		assertThat(csv(otherClinic.owner(), "/clinic/orders.csv", OrderExports.HEADER)).doesNotContain(number);
		assertThat(csv(otherClinic.owner(), "/clinic/payments.csv", PaymentExports.PAYMENTS)).doesNotContain(number);
		assertThat(csv(admin, "/admin/orders.csv" + days, OrderExports.HEADER)).contains(number);
		assertThat(csv(admin, "/admin/settlements.csv" + days, PaymentExports.SETTLEMENTS)).contains(number,
				maker.manufacturer().getName());
		assertThat(csv(admin, "/admin/payments.csv" + days, PaymentExports.PAYMENTS)).contains(number);

		String tomorrow = LocalDate.parse(today).plusDays(1).toString();
		assertThat(csv(maker.owner(), "/manufacturer/orders.csv?from=" + tomorrow, OrderExports.HEADER))
			.doesNotContain(number);
		assertThat(mvc.get().uri("/manufacturer/orders.csv?from=yesterday").with(Accounts.login(maker.owner())))
			.hasStatus(400)
			.bodyText()
			.contains("Give the day as yyyy-MM-dd");
		assertThat(mvc.get()
			.uri("/manufacturer/orders.csv?from=" + tomorrow + "&to=" + today)
			.with(Accounts.login(maker.owner()))).hasStatus(400);
		assertThat(mvc.get().uri("/clinic/orders.csv").with(Accounts.login(maker.owner()))).hasStatus(403);
	}

	/**
	 * The export as the user downloads it, after checking it was streamed and its header.
	 */
	private String csv(User user, String uri, String[] header) {
		MvcTestResult result = mvc.get().uri(uri).with(Accounts.login(user)).exchange();
		// Written by a StreamingResponseBody: the request went async and was dispatched
		// again.
		assertThat(result.getRequest().getDispatcherType()).as("streamed").isEqualTo(DispatcherType.ASYNC);
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result).headers().containsHeader(HttpHeaders.CONTENT_DISPOSITION);
		String body = Api.body(result);
		assertThat(body.lines().findFirst()).contains(String.join(",", header));
		return body;
	}

}
