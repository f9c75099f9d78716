package com.ayurlahi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductCatalog;
import com.ayurlahi.test.Browser;
import com.ayurlahi.test.DemoData;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.UserManagement;

/**
 * The demo manufacturer opens its GST returns page for the month of a paid order's
 * invoice and downloads the spreadsheet, which has the invoice on its b2b sheet.
 */
@IntegrationTest
class GstReturnsBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	ProductCatalog catalog;

	@Autowired
	UserManagement users;

	@Autowired
	InvoiceManagement invoices;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theManufacturerDownloadsTheMonthsGstr1Spreadsheet() throws IOException {
		OrderView order = placement.place(DemoData.clinic(users), List.of(DemoData.line(catalog, "SAP-TRI-100", 2)),
				null, OrderSource.WEB);
		new SandboxCheckout(mvc).payAndReturn(checkouts.initiate(order.id(), DemoData.clinic(users)));
		Invoice invoice = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> invoices.forOrder(order.id(), Profiles.ADMIN).stream().findFirst(), Optional::isPresent)
			.orElseThrow();
		String period = YearMonth.from(invoice.getIssueDate()).toString();
		String gstin = invoice.getSupplier().gstin();

		try (Browser maker = new Browser(port)) {
			maker.signIn("maker@demo.ayurlahi.in", DemoData.PASSWORD);
			maker.open("/manufacturer/gst-returns?period=" + period);
			assertThat(maker.byTestId("gstr1-totals").getText()).contains("B2B invoices", "Credit notes",
					"HSN summary");
			assertThat(maker.byTestId("b2b-totals").getText()).doesNotStartWith("B2B invoices (4A) to 0");
			maker.screenshot("gst-returns");

			maker.clickTestId("download-xlsx");

			Path xlsx = maker.awaitDownload("GSTR1_" + gstin + "_"
					+ YearMonth.parse(period).format(DateTimeFormatter.ofPattern("MMyyyy")) + ".xlsx");
			List<String> numbers = new ArrayList<>();
			try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				for (Row row : workbook.getSheet("b2b")) {
					numbers.add(row.getCell(2).getStringCellValue());
				}
			}
			assertThat(numbers).contains("Invoice Number", invoice.getNumber());
		}
	}

}
