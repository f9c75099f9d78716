package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentCheckout;
import com.ayurlahi.payments.PaymentCheckouts;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.SandboxCheckout;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Orders paid through the sandbox get their tax invoice at once; its PDF read back field
 * by field for a sale within Kerala and one from Maharashtra into Kerala; a refund after
 * it gives a credit note; who may read which document, by the portal and the API.
 */
@IntegrationTest
class InvoicingIT {

	@Autowired
	OrderManagement orders;

	@Autowired
	OrderPlacement placement;

	@Autowired
	PaymentManagement payments;

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
	OwedDocumentRecorder recorder;

	@Autowired
	CommissionInvoiceDrafts commission;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Test
	void aPaidOrderWithinKeralaGetsATaxInvoiceWithCgstAndSgst() {
		Sale sale = new Sale(IndianState.KERALA, IndianState.KERALA);
		sale.pay();

		Invoice invoice = sale.awaitInvoice();
		OrderView order = orders.find(sale.order.id());

		assertThat(invoice.getKind()).isEqualTo(InvoiceKind.TAX_INVOICE);
		assertThat(invoice.getNumber()).matches("[A-Z]{3}/\\d{4}/000001").hasSizeLessThanOrEqualTo(16);
		// 2 × ₹112.50 + 1 × ₹80.00 = ₹305.00; CGST 2.5 % ₹5.63 (5.625) + ₹2.00, SGST the
		// same: ₹320.26
		assertThat(invoice.getTaxableValue()).isEqualByComparingTo("305.00");
		assertThat(invoice.getCgst()).isEqualByComparingTo("7.63");
		assertThat(invoice.getSgst()).isEqualByComparingTo("7.63");
		assertThat(invoice.getIgst()).isEqualByComparingTo("0.00");
		assertThat(invoice.getTotal()).isEqualByComparingTo("320.26").isEqualByComparingTo(order.total());
		assertThat(captured(sale.order.id())).isEqualByComparingTo(invoice.getTotal());

		byte[] pdf = download(sale.clinicUser(), invoice);
		assertThat(sha256(pdf)).isEqualTo(invoice.getPdfSha256());
		assertThat(InvoicePdfs.pages(pdf)).isEqualTo(1);
		String text = InvoicePdfs.text(pdf);
		assertThat(text).contains("TAX INVOICE", invoice.getNumber(), "Issued under rule 46")
			.contains(sale.maker.manufacturer().getName(), sale.maker.manufacturer().getGstin().value(),
					"Plot 7, Industrial Area, Testnagar 411026, Kerala")
			.contains(sale.clinic.clinic().getName(), sale.clinic.clinic().getGstin().value(),
					"12 Temple Road, Testpur 680001, Kerala")
			.contains("Kerala (32)", "Whether tax is payable on reverse charge: No",
					"SUPPLIED THROUGH E-COMMERCE OPERATOR", "Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL",
					order.orderNumber())
			.contains("30049011", sale.first.name() + " (100 g)", "2 NOS", "₹112.50", "₹225.00", "2.5%", "₹5.63",
					"₹236.26", sale.second.name(), "1 NOS", "₹80.00", "₹2.00", "₹84.00")
			.contains("CGST", "SGST", "₹305.00", "₹7.63", "₹320.26")
			.contains("Rupees Three Hundred Twenty and Paise Twenty-Six Only")
			.contains("This is a computer-generated document and needs no signature.")
			.doesNotContain("IGST", "UTGST")
			.doesNotContain(sale.clinic.clinic().getContact().phone(), sale.clinic.clinic().getContact().email(),
					sale.clinic.clinic().getContact().person());
	}

	@Test
	void aPaidOrderFromAnotherStateGetsATaxInvoiceWithIgst() {
		Sale sale = new Sale(IndianState.MAHARASHTRA, IndianState.KERALA);
		sale.pay();

		Invoice invoice = sale.awaitInvoice();

		// ₹305.00 taxable, IGST 5 % ₹15.25 (₹11.25 + ₹4.00): ₹320.25
		assertThat(invoice.getIgst()).isEqualByComparingTo("15.25");
		assertThat(invoice.getCgst()).isEqualByComparingTo("0.00");
		assertThat(invoice.getTotal()).isEqualByComparingTo("320.25").isEqualByComparingTo(captured(sale.order.id()));
		String text = InvoicePdfs.text(download(sale.makerUser(), invoice));
		assertThat(text).contains("IGST", "5%", "₹11.25", "₹4.00", "₹15.25", "₹320.25")
			.contains("State Maharashtra (27)", "Kerala (32)")
			.contains("Rupees Three Hundred Twenty and Paise Twenty-Five Only")
			.doesNotContain("SGST", "UTGST", "Rate Amount Rate Amount");
	}

	@Test
	void aCancelledItemAfterTheInvoiceGetsACreditNoteThatLeavesTheInvoiceAsItWas() {
		Sale sale = new Sale(IndianState.MAHARASHTRA, IndianState.KERALA);
		sale.pay();
		Invoice invoice = sale.awaitInvoice();
		OrderView.Item second = sale.order.items().get(1);

		orders.cancelItem(sale.order.id(), second.id(), "Batch failed quality check", sale.makerUser());

		Invoice creditNote = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> invoices.forOrder(sale.order.id(), Profiles.ADMIN)
				.stream()
				.filter(Invoice::isCreditNote)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(creditNote.getNumber()).matches("[A-Z]{3}/\\d{4}/C00001");
		assertThat(creditNote.getOriginalInvoiceId()).isEqualTo(invoice.getId());
		// ₹80.00 + IGST ₹4.00: what the refund gave back
		assertThat(creditNote.getTaxableValue()).isEqualByComparingTo("80.00");
		assertThat(creditNote.getIgst()).isEqualByComparingTo("4.00");
		assertThat(creditNote.getTotal()).isEqualByComparingTo("84.00");
		String text = InvoicePdfs.text(download(sale.clinicUser(), creditNote));
		assertThat(text).contains("CREDIT NOTE", "rule 53", creditNote.getNumber(),
				"Against tax invoice " + invoice.getNumber() + " dated", sale.second.name(), "₹84.00",
				"Rupees Eighty-Four Only");
		Invoice original = invoices.get(invoice.getId(), Profiles.ADMIN);
		assertThat(original.getTotal()).isEqualByComparingTo("320.25");
		assertThat(original.getPdfSha256()).isEqualTo(invoice.getPdfSha256());
		assertThat(sha256(invoices.pdf(original.getId(), Profiles.ADMIN).content())).isEqualTo(invoice.getPdfSha256());
	}

	@Test
	void theOrdersClinicItsManufacturerAndTheTeamMayReadTheInvoiceAndNobodyElse() {
		Sale sale = new Sale(IndianState.KERALA, IndianState.KERALA);
		sale.pay();
		Invoice invoice = sale.awaitInvoice();
		OwnedClinic otherClinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedManufacturer otherMaker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);
		Api api = new Api(mvc, tokens);

		for (User reader : List.of(sale.clinic.owner(), sale.maker.owner(), admin, support)) {
			MvcTestResult json = api.get(reader, "/api/invoices/" + invoice.getId());
			assertThat(json).hasStatusOk();
			assertThat(json).bodyJson().extractingPath("$.invoiceNumber").isEqualTo(invoice.getNumber());
			assertThat(json).bodyJson().extractingPath("$.placeOfSupply.stateCode").isEqualTo("32");
			assertThat(json).bodyJson()
				.extractingPath("$.total")
				.asNumber()
				.satisfies(total -> assertThat(new BigDecimal(total.toString())).isEqualByComparingTo("320.26"));
			MvcTestResult pdf = api.get(reader, "/api/invoices/" + invoice.getId() + "/pdf");
			assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
			assertThat(pdf).headers()
				.hasValue(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + invoice.fileName() + "\"");
			assertThat(api.get(reader, "/api/invoices/order/" + sale.order.id())).hasStatusOk()
				.bodyJson()
				.extractingPath("$[0].id")
				.isEqualTo(invoice.getId().toString());
		}
		for (User stranger : List.of(otherClinic.owner(), otherMaker.owner())) {
			assertThat(api.get(stranger, "/api/invoices/" + invoice.getId())).hasStatus(404);
			assertThat(api.get(stranger, "/api/invoices/" + invoice.getId() + "/pdf")).hasStatus(404);
			assertThat(api.get(stranger, "/api/invoices/order/" + sale.order.id())).hasStatus(404);
			assertThat(mvc.get().uri("/invoices/" + invoice.getId() + "/pdf").with(Accounts.login(stranger)))
				.hasStatus(404);
		}
		assertThat(mvc.get().uri("/invoices/" + invoice.getId() + "/pdf").with(Accounts.login(sale.clinic.owner())))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF);
		assertThat(mvc.get().uri("/invoices/" + invoice.getId()).with(Accounts.login(sale.maker.owner()))).hasStatusOk()
			.bodyText()
			.contains(invoice.getNumber(), "Place of supply");
		assertThat(mvc.get().uri("/invoices/" + invoice.getId() + "/pdf")).hasStatus3xxRedirection();
		// Generating again answers with the one issued; only the team may ask, and only
		// for paid orders.
		MvcTestResult again = api.post(support, "/api/invoices/generate/" + sale.order.id(), null);
		assertThat(again).hasStatusOk().bodyJson().extractingPath("$.id").isEqualTo(invoice.getId().toString());
		assertThat(api.post(sale.clinic.owner(), "/api/invoices/generate/" + sale.order.id(), null)).hasStatus(403);
		Sale unpaid = new Sale(IndianState.KERALA, IndianState.KERALA);
		assertThat(api.post(admin, "/api/invoices/generate/" + unpaid.order.id(), null)).hasStatus(409);
		assertThat(jdbc.sql("select count(*) from invoices where order_id = ?")
			.param(sale.order.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOrderPagesListTheInvoiceAndThePortalsTheirOwn() {
		Sale sale = new Sale(IndianState.KERALA, IndianState.KERALA);
		sale.pay();
		Invoice invoice = sale.awaitInvoice();

		assertThat(mvc.get().uri("/invoices/order/" + sale.order.id()).with(Accounts.login(sale.clinic.owner())))
			.hasStatusOk()
			.bodyText()
			.contains(invoice.getNumber(), "/invoices/" + invoice.getId() + "/pdf");
		assertThat(mvc.get().uri("/clinic/invoices").with(Accounts.login(sale.clinic.owner()))).hasStatusOk()
			.bodyText()
			.contains(invoice.getNumber(), "₹320.26");
		assertThat(mvc.get().uri("/manufacturer/invoices").with(Accounts.login(sale.maker.owner()))).hasStatusOk()
			.bodyText()
			.contains(invoice.getNumber());
		OwnedClinic otherClinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		assertThat(mvc.get().uri("/clinic/invoices").with(Accounts.login(otherClinic.owner()))).hasStatusOk()
			.bodyText()
			.doesNotContain(invoice.getNumber())
			.contains("No invoices yet.");
	}

	@Test
	void theMonthsCommissionIsInvoicedToTheManufacturerByThePlatform() {
		Sale local = new Sale(IndianState.KERALA, IndianState.KERALA);
		local.pay();
		local.awaitInvoice();
		Sale fromMaharashtra = new Sale(IndianState.MAHARASHTRA, IndianState.KERALA);
		fromMaharashtra.pay();
		fromMaharashtra.awaitInvoice();
		YearMonth month = YearMonth.now(CommissionInvoiceDrafts.INDIA);
		assertThat(commission.manufacturersCharged(month)).contains(local.maker.manufacturer().getId(),
				fromMaharashtra.maker.manufacturer().getId());

		List<UUID> requests = recorder.recordCommissionOwed(month,
				Set.of(local.maker.manufacturer().getId(), fromMaharashtra.maker.manufacturer().getId()));
		List<Invoice> issued = requests.stream()
			.map(request -> recorder.tryIssue(request, Actor.system()).orElseThrow())
			.toList();

		Invoice kerala = issued.stream()
			.filter(invoice -> invoice.getRecipient().state() == IndianState.KERALA)
			.findFirst()
			.orElseThrow();
		// commission 10 % of ₹305.00 = ₹30.50; 18 % GST within Kerala: CGST 9 % ₹2.75
		// (2.745) + SGST ₹2.75
		assertThat(kerala.getKind()).isEqualTo(InvoiceKind.COMMISSION_INVOICE);
		assertThat(kerala.getNumber()).matches("AYL/\\d{4}/\\d{6}");
		assertThat(kerala.getSupplier().gstin()).isEqualTo("32AAJCA2026R1ZL");
		assertThat(kerala.getRecipient().gstin()).isEqualTo(local.maker.manufacturer().getGstin().value());
		assertThat(kerala.getTaxableValue()).isEqualByComparingTo("30.50");
		assertThat(kerala.getCgst()).isEqualByComparingTo("2.75");
		assertThat(kerala.getSgst()).isEqualByComparingTo("2.75");
		assertThat(kerala.getTotal()).isEqualByComparingTo("36.00");
		Invoice maharashtra = issued.stream().filter(invoice -> invoice != kerala).findFirst().orElseThrow();
		assertThat(maharashtra.getIgst()).isEqualByComparingTo("5.49");
		assertThat(maharashtra.getPlaceOfSupply()).isEqualTo(IndianState.MAHARASHTRA);
		String text = InvoicePdfs.text(invoices.pdf(kerala.getId(), local.makerUser()).content());
		assertThat(text).contains("TAX INVOICE", kerala.getNumber(), "Ayurlahi Technologies Private Limited", "SAC",
				"998599", "Marketplace commission on order " + local.order.orderNumber(), "9%", "₹2.75", "₹36.00",
				"Rupees Thirty-Six Only", "Commission withheld from the month's settlements");
		assertThat(invoices.get(kerala.getId(), local.makerUser()).getNumber()).isEqualTo(kerala.getNumber());
		assertThat(mvc.get().uri("/invoices/" + kerala.getId() + "/pdf").with(Accounts.login(local.clinic.owner())))
			.hasStatus(404);
		assertThat(recorder.recordCommissionOwed(month, Set.of(local.maker.manufacturer().getId())))
			.containsExactly(requests.get(issued.indexOf(kerala)));
	}

	private BigDecimal captured(UUID orderId) {
		return jdbc.sql("select amount from ledger_entries where order_id = ? and kind = 'CAPTURED'")
			.param(orderId)
			.query(BigDecimal.class)
			.single();
	}

	private byte[] download(AuthenticatedUser reader, Invoice invoice) {
		return invoices.pdf(invoice.getId(), reader).content();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/**
	 * A clinic's order of two products (2 × ₹112.50, 1 × ₹80.00 at 5 % GST) from a
	 * manufacturer.
	 */
	private class Sale {

		final OwnedManufacturer maker;

		final OwnedClinic clinic;

		final ProductView first;

		final ProductView second;

		final OrderView order;

		Sale(IndianState makerState, IndianState clinicState) {
			maker = Profiles.approvedManufacturer(users, manufacturers, makerState);
			clinic = Profiles.approvedClinic(users, clinics, clinicState);
			first = TestCatalog.product(listing, maker, "112.50", 20);
			second = TestCatalog.product(listing, maker, "80.00", 10);
			order = placement.place(clinicUser(), List.of(new OrderLine(first.id(), 2), new OrderLine(second.id(), 1)),
					null, OrderSource.WEB);
		}

		void pay() {
			PaymentCheckout checkout = checkouts.initiate(order.id(), clinicUser());
			new SandboxCheckout(mvc).payAndReturn(checkout);
			assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		}

		Invoice awaitInvoice() {
			return Awaitility.await()
				.atMost(Duration.ofSeconds(20))
				.until(() -> invoices.forOrder(order.id(), Profiles.ADMIN).stream().findFirst(),
						java.util.Optional::isPresent)
				.orElseThrow();
		}

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

		AuthenticatedUser makerUser() {
			return Accounts.principal(maker.owner());
		}

	}

}
