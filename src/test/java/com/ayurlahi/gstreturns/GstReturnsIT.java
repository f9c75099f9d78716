package com.ayurlahi.gstreturns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.invoices.Invoice;
import com.ayurlahi.invoices.InvoiceManagement;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The GST return data ties out to the documents issued, summed both ways: every tax
 * invoice and credit note of the month appears once in the GSTR-1 with its own taxable
 * value and tax, the tables' totals equal the documents' sums to the paisa, the
 * spreadsheet reads back as the JSON, and the GSTR-8's net taxable value × 0.5 % is the
 * TCS the settlement ledger withheld.
 */
@IntegrationTest
class GstReturnsIT {

	private static final JsonMapper JSON = JsonMapper.shared();

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
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void theManufacturersGstr1HoldsEveryDocumentOnceAndItsTotalsAreTheDocumentsSums() throws IOException {
		Month month = new Month(IndianState.KERALA);
		String period = month.period();

		MvcTestResult response = new Api(mvc, tokens).get(month.maker.owner(), "/api/gst/gstr1?period=" + period);
		assertThat(response).hasStatusOk();
		JsonNode gstr1 = JSON.readTree(Api.body(response));

		assertThat(gstr1.get("gstin").asString()).isEqualTo(month.maker.manufacturer().getGstin().value());
		assertThat(gstr1.get("fp").asString())
			.isEqualTo(YearMonth.parse(period).format(DateTimeFormatter.ofPattern("MMyyyy")));
		List<JsonNode> b2b = documents(gstr1, "b2b", "inv");
		List<JsonNode> cdnr = documents(gstr1, "cdnr", "nt");
		List<Document> issued = month.issued();
		List<Document> issuedInvoices = issued.stream().filter(document -> !document.creditNote()).toList();
		List<Document> issuedNotes = issued.stream().filter(Document::creditNote).toList();
		assertThat(issuedInvoices).hasSize(2);
		assertThat(issuedNotes).hasSize(1);
		// Each document once, and nothing else.
		assertThat(b2b).map(invoice -> invoice.get("inum").asString())
			.containsExactlyInAnyOrderElementsOf(issuedInvoices.stream().map(Document::number).toList());
		assertThat(cdnr).map(note -> note.get("nt_num").asString())
			.containsExactlyInAnyOrderElementsOf(issuedNotes.stream().map(Document::number).toList());
		// Each document's own figures, from its rate-wise items.
		for (Document document : issued) {
			JsonNode entry = (document.creditNote() ? cdnr : b2b).stream()
				.filter(candidate -> candidate.get(document.creditNote() ? "nt_num" : "inum")
					.asString()
					.equals(document.number()))
				.findFirst()
				.orElseThrow();
			assertThat(decimal(entry.get("val"))).isEqualByComparingTo(document.total());
			List<JsonNode> details = StreamSupport.stream(entry.get("itms").spliterator(), false)
				.map(item -> item.get("itm_det"))
				.toList();
			assertThat(sum(details, "txval")).isEqualByComparingTo(document.taxable());
			assertThat(sum(details, "iamt")).isEqualByComparingTo(document.igst());
			assertThat(sum(details, "camt")).isEqualByComparingTo(document.cgst());
			assertThat(sum(details, "samt")).isEqualByComparingTo(document.sgst());
		}
		JsonNode local = b2b.stream()
			.filter(invoice -> invoice.get("inum").asString().equals(month.local.invoice().getNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(local.get("pos").asString()).isEqualTo("32");
		assertThat(local.get("rchrg").asString()).isEqualTo("N");
		assertThat(local.get("inv_typ").asString()).isEqualTo("R");
		assertThat(local.get("etin").asString()).isEqualTo("32AAJCA2026R1ZL");
		assertThat(local.get("idt").asString())
			.isEqualTo(month.local.invoice().getIssueDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		assertThat(local.get("itms")).hasSize(2);
		assertThat(local.get("itms").get(0).get("itm_det").get("rt").asInt()).isEqualTo(5);
		assertThat(decimal(local.get("itms").get(0).get("itm_det").get("txval"))).isEqualByComparingTo("300.00");
		assertThat(decimal(local.get("itms").get(0).get("itm_det").get("camt"))).isEqualByComparingTo("7.50");
		assertThat(decimal(local.get("itms").get(1).get("itm_det").get("txval"))).isEqualByComparingTo("100.00");
		assertThat(decimal(local.get("itms").get(1).get("itm_det").get("samt"))).isEqualByComparingTo("6.00");
		assertThat(recipientOf(gstr1, "b2b", "inv", "inum", month.local.invoice().getNumber()))
			.isEqualTo(month.local.clinic().clinic().getGstin().value());
		assertThat(recipientOf(gstr1, "b2b", "inv", "inum", month.away.invoice().getNumber()))
			.isEqualTo(month.away.clinic().clinic().getGstin().value());
		assertThat(recipientOf(gstr1, "cdnr", "nt", "nt_num", month.creditNote.getNumber()))
			.isEqualTo(month.local.clinic().clinic().getGstin().value());
		assertThat(cdnr.get(0).get("ntty").asString()).isEqualTo("C");

		// The tables' totals are the documents' sums, to the paisa.
		List<JsonNode> b2bItems = items(b2b);
		List<JsonNode> cdnrItems = items(cdnr);
		for (String[] pair : new String[][] { { "txval", "taxable" }, { "iamt", "igst" }, { "camt", "cgst" },
				{ "samt", "sgst" } }) {
			Function<Document, BigDecimal> field = Document.field(pair[1]);
			BigDecimal invoiced = issuedInvoices.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal credited = issuedNotes.stream().map(field).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(sum(b2bItems, pair[0])).as("b2b %s", pair[0]).isEqualByComparingTo(invoiced);
			assertThat(sum(cdnrItems, pair[0])).as("cdnr %s", pair[0]).isEqualByComparingTo(credited);
			assertThat(sum(list(gstr1.get("hsn").get("data")), pair[0])).as("hsn %s", pair[0])
				.isEqualByComparingTo(invoiced.subtract(credited));
		}
		assertThat(sum(b2bItems, "txval")).isEqualByComparingTo("800.00");
		assertThat(sum(cdnrItems, "txval")).isEqualByComparingTo("100.00");
		// HSN summary: 30049011 at 5 %: 4 packs, ₹600.00, IGST ₹15.00, CGST and SGST
		// ₹7.50; at 12 %: 2 packs less the one credited, ₹100.00, IGST ₹12.00.
		List<JsonNode> hsn = list(gstr1.get("hsn").get("data"));
		assertThat(hsn).hasSize(2);
		assertThat(hsn.get(0).get("hsn_sc").asString()).isEqualTo("30049011");
		assertThat(hsn.get(0).get("uqc").asString()).isEqualTo("NOS");
		assertThat(hsn.get(0).get("qty").asLong()).isEqualTo(4);
		assertThat(hsn.get(0).get("rt").asInt()).isEqualTo(5);
		assertThat(decimal(hsn.get(0).get("txval"))).isEqualByComparingTo("600.00");
		assertThat(decimal(hsn.get(0).get("iamt"))).isEqualByComparingTo("15.00");
		assertThat(decimal(hsn.get(0).get("camt"))).isEqualByComparingTo("7.50");
		assertThat(hsn.get(1).get("qty").asLong()).isEqualTo(1);
		assertThat(hsn.get(1).get("rt").asInt()).isEqualTo(12);
		assertThat(decimal(hsn.get(1).get("txval"))).isEqualByComparingTo("100.00");
		assertThat(decimal(hsn.get(1).get("iamt"))).isEqualByComparingTo("12.00");
		assertThat(decimal(hsn.get(1).get("camt"))).isEqualByComparingTo("0.00");

		// The portal's download is the same JSON; its spreadsheet reads back as it.
		MvcTestResult download = mvc.get()
			.uri("/manufacturer/gst-returns/gstr1.json?period=" + period)
			.with(Accounts.login(month.maker.owner()))
			.exchange();
		assertThat(download).hasStatusOk();
		assertThat(download).headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"GSTR1_" + gstr1.get("gstin").asString()
					+ "_" + gstr1.get("fp").asString() + ".json\"");
		assertThat(JSON.readTree(Api.body(download))).isEqualTo(gstr1);
		MvcTestResult xlsx = mvc.get()
			.uri("/manufacturer/gst-returns/gstr1.xlsx?period=" + period)
			.with(Accounts.login(month.maker.owner()))
			.exchange();
		assertThat(xlsx).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("b2b", "cdnr", "hsn");
			assertThat(header(workbook.getSheet("b2b"))).containsExactly(Gstr1Workbook.B2B);
			assertThat(header(workbook.getSheet("cdnr"))).containsExactly(Gstr1Workbook.CDNR);
			assertThat(header(workbook.getSheet("hsn"))).containsExactly(Gstr1Workbook.HSN);
			Sheet sheet = workbook.getSheet("b2b");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			assertThat(column(sheet, 11)).isEqualByComparingTo("800.00");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(5).getStringCellValue()).isIn("32-Kerala", "27-Maharashtra");
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Regular B2B");
			assertThat(first.getCell(9).getStringCellValue()).isEqualTo("32AAJCA2026R1ZL");
			assertThat(new DataFormatter().formatCellValue(first.getCell(3))).matches("\\d{2}-[A-Z][a-z]{2}-\\d{4}");
			Sheet notes = workbook.getSheet("cdnr");
			assertThat(notes.getLastRowNum()).isEqualTo(1);
			assertThat(notes.getRow(1).getCell(2).getStringCellValue()).isEqualTo(month.creditNote.getNumber());
			assertThat(notes.getRow(1).getCell(1).getStringCellValue())
				.isEqualTo(month.local.clinic().clinic().getName());
			assertThat(column(notes, 11)).isEqualByComparingTo("100.00");
			Sheet hsnSheet = workbook.getSheet("hsn");
			assertThat(hsnSheet.getLastRowNum()).isEqualTo(2);
			assertThat(hsnSheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("NOS-NUMBERS");
			assertThat(column(hsnSheet, 6)).isEqualByComparingTo("700.00");
			assertThat(column(hsnSheet, 7)).isEqualByComparingTo("27.00");
		}
	}

	@Test
	void theGstr8sNetTaxableValueTimesTheRateIsTheTcsTheLedgerWithheld() {
		Month month = new Month(IndianState.KERALA);
		String gstin = month.maker.manufacturer().getGstin().value();
		// Within Kerala ₹400.00 less ₹100.00 credited, to Maharashtra ₹400.00
		BigDecimal withheld = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select coalesce(sum(amount), 0) from ledger_entries where manufacturer_id = ? and kind = 'TCS'")
				.param(month.maker.manufacturer().getId())
				.query(BigDecimal.class)
				.single(), tcs -> tcs.compareTo(new BigDecimal("3.50")) == 0);
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult response = new Api(mvc, tokens).get(admin, "/api/gst/gstr8?period=" + month.period());
		assertThat(response).hasStatusOk();
		JsonNode gstr8 = JSON.readTree(Api.body(response));

		assertThat(gstr8.get("gstin").asString()).isEqualTo("32AAJCA2026R1ZL");
		List<JsonNode> rows = list(gstr8.get("tcs")).stream()
			.filter(row -> row.get("stin").asString().equals(gstin))
			.toList();
		assertThat(rows).hasSize(1);
		JsonNode row = rows.get(0);
		assertThat(decimal(row.get("supR"))).isEqualByComparingTo("800.00")
			.isEqualByComparingTo(month.sum("taxable", false));
		assertThat(decimal(row.get("retsupR"))).isEqualByComparingTo("100.00")
			.isEqualByComparingTo(month.sum("taxable", true));
		assertThat(decimal(row.get("amt"))).isEqualByComparingTo("700.00");
		assertThat(decimal(row.get("camt"))).isEqualByComparingTo("0.75");
		assertThat(decimal(row.get("samt"))).isEqualByComparingTo("0.75");
		assertThat(decimal(row.get("iamt"))).isEqualByComparingTo("2.00");
		BigDecimal tax = decimal(row.get("camt")).add(decimal(row.get("samt"))).add(decimal(row.get("iamt")));
		assertThat(decimal(row.get("amt")).multiply(new BigDecimal("0.005"))).isEqualByComparingTo(tax)
			.isEqualByComparingTo(withheld);

		assertThat(mvc.get().uri("/admin/gst-returns?period=" + month.period()).with(Accounts.login(admin)))
			.hasStatusOk()
			.bodyText()
			.contains(gstin, month.maker.manufacturer().getName(), "₹700.00", "₹3.50");
	}

	@Test
	void aManufacturerReadsOnlyItsOwnAndTheTeamsReturnsAreAdminsOnly() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedManufacturer other = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);
		User clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();
		Api api = new Api(mvc, tokens);
		String makerId = maker.manufacturer().getId().toString();

		assertThat(api.get(maker.owner(), "/api/gst/gstr1?period=2026-11")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.gstin")
			.isEqualTo(maker.manufacturer().getGstin().value());
		assertThat(api.get(maker.owner(), "/api/gst/gstr1?period=2026-11&manufacturerId=" + makerId)).hasStatusOk();
		assertThat(api.get(other.owner(), "/api/gst/gstr1?period=2026-11&manufacturerId=" + makerId)).hasStatus(403);
		assertThat(api.get(admin, "/api/gst/gstr1?period=2026-11&manufacturerId=" + makerId)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.gstin")
			.isEqualTo(maker.manufacturer().getGstin().value());
		assertThat(api.get(admin, "/api/gst/gstr1?period=2026-11")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.gstin")
			.isEqualTo("32AAJCA2026R1ZL");
		assertThat(api.get(admin, "/api/gst/gstr1?period=2026-11&manufacturerId=" + java.util.UUID.randomUUID()))
			.hasStatus(404);
		assertThat(api.get(admin, "/api/gst/gstr8?period=2026-11")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.fp")
			.isEqualTo("112026");
		for (User refused : List.of(support, clinic)) {
			assertThat(api.get(refused, "/api/gst/gstr1?period=2026-11")).hasStatus(403)
				.hasContentType("application/problem+json");
			assertThat(api.get(refused, "/api/gst/gstr8?period=2026-11")).hasStatus(403);
		}
		assertThat(api.get(maker.owner(), "/api/gst/gstr8?period=2026-11")).hasStatus(403);
		assertThat(mvc.get().uri("/api/gst/gstr1?period=2026-11")).hasStatus(401);
		for (String bad : List.of("2026-13", "Nov 2026", "2026-1", "")) {
			MvcTestResult refused = api.get(admin, "/api/gst/gstr8?period=" + bad);
			assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
			assertThat(refused).bodyJson().extractingPath("$.errors[0].field").isEqualTo("period");
		}
		assertThat(api.get(maker.owner(), "/api/gst/gstr1")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("period");

		assertThat(mvc.get().uri("/manufacturer/gst-returns?period=2026-11").with(Accounts.login(maker.owner())))
			.hasStatusOk()
			.bodyText()
			.contains("GST returns", "November 2026", maker.manufacturer().getGstin().value(), "Download GSTR-1 JSON");
		assertThat(mvc.get().uri("/manufacturer/gst-returns?period=2026-99").with(Accounts.login(maker.owner())))
			.hasStatusOk()
			.bodyText()
			.contains("Give the month as yyyy-MM");
		assertThat(mvc.get().uri("/admin/gst-returns").with(Accounts.login(support))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/orders").with(Accounts.login(support))).as("no link to a page it can't open")
			.hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/admin/gst-returns\"");
		assertThat(mvc.get().uri("/admin/gst-returns?period=2026-11").with(Accounts.login(admin))).hasStatusOk()
			.bodyText()
			.contains("GSTR-8", "The platform's GSTR-1", maker.manufacturer().getName(), "href=\"/admin/gst-returns\"");
		assertThat(mvc.get().uri("/manufacturer/gst-returns").with(Accounts.login(clinic))).hasStatus(403);
	}

	/**
	 * A Kerala manufacturer's month: a sale within Kerala whose 12 % item is cancelled
	 * after its invoice (a credit note), and a sale to Maharashtra.
	 */
	private class Month {

		final OwnedManufacturer maker;

		final GstSale local;

		final GstSale away;

		final Invoice creditNote;

		Month(IndianState makerState) {
			maker = Profiles.approvedManufacturer(users, manufacturers, makerState);
			GstSale.Products products = GstSale.Products.of(listing, maker);
			local = GstSale.paid(Profiles.approvedClinic(users, clinics, IndianState.KERALA), products, placement,
					checkouts, orders, invoices, mvc);
			away = GstSale.paid(Profiles.approvedClinic(users, clinics, IndianState.MAHARASHTRA), products, placement,
					checkouts, orders, invoices, mvc);
			creditNote = local.cancelTwelvePercentItem(orders, invoices, maker);
		}

		String period() {
			return YearMonth.from(creditNote.getIssueDate()).toString();
		}

		/** The manufacturer's documents issued in the month, from the database. */
		List<Document> issued() {
			YearMonth month = YearMonth.parse(period());
			return jdbc.sql("""
					select invoice_number, kind = 'CREDIT_NOTE', taxable_value, igst, cgst, sgst, total from invoices
					where manufacturer_id = ? and kind in ('TAX_INVOICE', 'CREDIT_NOTE')
					  and issue_date between ? and ?
					""")
				.param(maker.manufacturer().getId())
				.param(month.atDay(1))
				.param(month.atEndOfMonth())
				.query((rs, row) -> new Document(rs.getString(1), rs.getBoolean(2), rs.getBigDecimal(3),
						rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)))
				.list();
		}

		BigDecimal sum(String field, boolean creditNotes) {
			return issued().stream()
				.filter(document -> document.creditNote() == creditNotes)
				.map(Document.field(field))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	record Document(String number, boolean creditNote, BigDecimal taxable, BigDecimal igst, BigDecimal cgst,
			BigDecimal sgst, BigDecimal total) {

		static Function<Document, BigDecimal> field(String name) {
			return Map
				.<String, Function<Document, BigDecimal>>of("taxable", Document::taxable, "igst", Document::igst,
						"cgst", Document::cgst, "sgst", Document::sgst)
				.get(name);
		}

	}

	private static List<JsonNode> documents(JsonNode gstr1, String table, String list) {
		List<JsonNode> documents = new ArrayList<>();
		gstr1.get(table).forEach(recipient -> recipient.get(list).forEach(documents::add));
		return documents;
	}

	private static String recipientOf(JsonNode gstr1, String table, String list, String numberKey, String number) {
		for (JsonNode recipient : gstr1.get(table)) {
			for (JsonNode document : recipient.get(list)) {
				if (document.get(numberKey).asString().equals(number)) {
					return recipient.get("ctin").asString();
				}
			}
		}
		throw new AssertionError(number + " is not in " + table);
	}

	private static List<JsonNode> items(List<JsonNode> documents) {
		List<JsonNode> details = new ArrayList<>();
		documents.forEach(document -> document.get("itms").forEach(item -> details.add(item.get("itm_det"))));
		return details;
	}

	private static List<JsonNode> list(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).toList();
	}

	private static BigDecimal sum(List<JsonNode> nodes, String field) {
		return nodes.stream().map(node -> decimal(node.get(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal decimal(JsonNode node) {
		return new BigDecimal(node.asString());
	}

	private static List<String> header(Sheet sheet) {
		List<String> header = new ArrayList<>();
		sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
		return header;
	}

	private static BigDecimal column(Sheet sheet, int column) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int row = 1; row <= sheet.getLastRowNum(); row++) {
			sum = sum.add(BigDecimal.valueOf(sheet.getRow(row).getCell(column).getNumericCellValue()));
		}
		return sum;
	}

}
