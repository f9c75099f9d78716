package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.Subscription;
import com.ayurlahi.subscriptions.SubscriptionCharge;
import com.ayurlahi.subscriptions.SubscriptionChargeRefunded;
import com.ayurlahi.subscriptions.SubscriptionCharged;
import com.ayurlahi.subscriptions.SubscriptionCharges;
import com.ayurlahi.subscriptions.Subscriptions;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The platform's GST documents for clinic subscriptions: every charge the subscriptions
 * module records and announces ({@link SubscriptionCharged}, published in the recording
 * transaction as that module does) gets the platform's tax invoice in its own series,
 * CGST + SGST for a clinic in the platform's state (Kerala) and IGST for one elsewhere,
 * adding up to the charge to the paisa; every refund ({@link SubscriptionChargeRefunded})
 * its credit note against that invoice; events delivered again issue nothing new; the
 * invoice-generation job issues what is still owed; and only the clinic and the team may
 * read them.
 */
@IntegrationTest
class SubscriptionInvoicingIT {

	static final UUID CLINIC_PLAN = UUID.fromString("0a7b0000-0000-4000-8000-000000000002");

	static final UUID CLINIC_PLUS_PLAN = UUID.fromString("0a7b0000-0000-4000-8000-000000000003");

	/** A cycle from 10:00 on 1 January 2027 to 10:00 on 1 February 2027, Indian time. */
	static final Instant CYCLE_START = Instant.parse("2027-01-01T04:30:00Z");

	static final Instant CYCLE_END = Instant.parse("2027-02-01T04:30:00Z");

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionCharges charges;

	@Autowired
	Plans plans;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

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
	JobRunner jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	Clock clock;

	@Test
	void everyChargeGetsThePlatformsTaxInvoiceNumberedInTheSubscriptionSeries() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLUS_PLAN);
		Subscriber maharashtra = new Subscriber(IndianState.MAHARASHTRA, CLINIC_PLAN);

		Invoice local = kerala.invoiceOf(kerala.renewal("2948.82", "2499.00"));
		Invoice inter = maharashtra.invoiceOf(maharashtra.renewal("1178.82", "999.00"));

		// ₹2,499.00 within Kerala: CGST 9 % ₹224.91 + SGST 9 % ₹224.91 = ₹2,948.82
		assertThat(local.getKind()).isEqualTo(InvoiceKind.SUBSCRIPTION_INVOICE);
		assertThat(local.getNumber()).matches("AYL/\\d{4}/S\\d{6}").hasSize(16);
		assertThat(local.getSupplier().gstin()).isEqualTo("32AAJCA2026R1ZL");
		assertThat(local.getRecipient().gstin()).isEqualTo(kerala.clinic.clinic().getGstin().value());
		assertThat(local.getPlaceOfSupply()).isEqualTo(IndianState.KERALA);
		assertThat(local.getTaxableValue()).isEqualByComparingTo("2499.00");
		assertThat(local.getCgst()).isEqualByComparingTo("224.91");
		assertThat(local.getSgst()).isEqualByComparingTo("224.91");
		assertThat(local.getIgst()).isEqualByComparingTo("0.00");
		assertThat(local.getTotal()).isEqualByComparingTo("2948.82");
		assertThat(local.getManufacturerId()).isNull();
		assertThat(local.getOrderId()).isNull();
		assertThat(local.getClinicId()).isEqualTo(kerala.clinic.clinic().getId());
		assertThat(local.getLines()).singleElement().satisfies(line -> {
			assertThat(line.hsnCode()).isEqualTo("997331");
			assertThat(line.description()).isEqualTo("Clinic Plus plan, 01 Jan 2027 – 01 Feb 2027");
			assertThat(line.quantity()).isEqualTo(1);
			assertThat(line.unit()).isEqualTo("OTH");
			assertThat(line.gstRate()).isEqualByComparingTo("18");
		});
		// ₹999.00 into Maharashtra: IGST 18 % ₹179.82 = ₹1,178.82
		assertThat(inter.getPlaceOfSupply()).isEqualTo(IndianState.MAHARASHTRA);
		assertThat(inter.getIgst()).isEqualByComparingTo("179.82");
		assertThat(inter.getCgst()).isEqualByComparingTo("0.00");
		assertThat(inter.getSgst()).isEqualByComparingTo("0.00");
		assertThat(inter.getTotal()).isEqualByComparingTo("1178.82");
		// one series for the platform's subscription invoices: consecutive, none skipped
		assertThat(inter.getSequenceNumber()).isGreaterThan(local.getSequenceNumber());
		assertThat(seriesNumbers(InvoiceKind.SUBSCRIPTION_INVOICE, local.getFinancialYear())).startsWith(1L)
			.doesNotHaveDuplicates()
			.isSorted()
			.satisfies(numbers -> assertThat(numbers.getLast()).isEqualTo((long) numbers.size()));

		String text = InvoicePdfs.text(invoices.pdf(local.getId(), kerala.owner()).content());
		assertThat(text).contains("TAX INVOICE", local.getNumber(), "Supply of services")
			.contains("Ayurlahi Technologies Private Limited", "32AAJCA2026R1ZL")
			.contains(kerala.clinic.clinic().getName(), kerala.clinic.clinic().getGstin().value(),
					"12 Temple Road, Testpur 680001, Kerala", "Kerala (32)")
			.contains("SAC", "997331", "Clinic Plus plan, 01 Jan 2027 – 01 Feb 2027", "1 OTH", "9%", "₹224.91",
					"₹2,948.82")
			.contains("CGST", "SGST", "Rupees Two Thousand Nine Hundred Forty-Eight and Paise Eighty-Two Only")
			.doesNotContain("IGST", "E-COMMERCE OPERATOR", "DELIVERY ADDRESS");
		String interText = InvoicePdfs.text(invoices.pdf(inter.getId(), maharashtra.owner()).content());
		assertThat(interText)
			.contains("IGST", "18%", "₹179.82", "Maharashtra (27)",
					"Rupees One Thousand One Hundred Seventy-Eight and Paise Eighty-Two Only")
			.doesNotContain("SGST");
	}

	@Test
	void theInvoicesOfManyChargesAddUpToWhatWasChargedToThePaisa() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLUS_PLAN);
		Subscriber maharashtra = new Subscriber(IndianState.MAHARASHTRA, CLINIC_PLUS_PLAN);
		List<SubscriptionCharge> charged = new ArrayList<>();

		charged.add(kerala.renewal("2948.82", "2499.00"));
		// an upgrade's prorated rest of the cycle: ₹999.99 + CGST ₹90.00 + SGST ₹90.00
		charged.add(kerala.upfront("1179.99", "999.99"));
		// ₹100.05: CGST and SGST 9.0045 → ₹9.00 each, where IGST would be 18.009 → ₹18.01
		charged.add(kerala.upfront("118.05", "100.05"));
		charged.add(maharashtra.renewal("2948.82", "2499.00"));
		charged.add(maharashtra.upfront("118.06", "100.05"));
		charged.add(maharashtra.upfront("1456.79", "1234.57"));
		List<Invoice> issued = charged.stream().map(charge -> awaitDocument(charge.getId())).toList();

		for (int i = 0; i < charged.size(); i++) {
			assertThat(issued.get(i).getTotal()).isEqualByComparingTo(charged.get(i).getAmount());
			assertThat(issued.get(i).getTaxableValue()).isEqualByComparingTo(charged.get(i).getTaxableValue());
		}
		List<UUID> ids = charged.stream().map(SubscriptionCharge::getId).toList();
		BigDecimal capturedInAll = jdbc.sql("select sum(amount) from subscription_charges where id in (:ids)")
			.param("ids", ids)
			.query(BigDecimal.class)
			.single();
		BigDecimal invoicedInAll = jdbc.sql(
				"select sum(total) from invoices where kind = 'SUBSCRIPTION_INVOICE' and subscription_charge_id in (:ids)")
			.param("ids", ids)
			.query(BigDecimal.class)
			.single();
		assertThat(capturedInAll).isEqualByComparingTo("8770.53");
		assertThat(invoicedInAll).isEqualByComparingTo(capturedInAll);
		assertThat(issued.get(2).getCgst()).isEqualByComparingTo("9.00");
		assertThat(issued.get(4).getIgst()).isEqualByComparingTo("18.01");
		assertThat(issued.get(1).getLines().getFirst().description())
			.isEqualTo("Upgrade to Clinic Plus plan for the rest of the cycle, 10 Jan 2027 – 01 Feb 2027");

		// The registry delivers an event again after a crash; the subscriptions module
		// reports a charge once, but a second report changes nothing either.
		SubscriptionCharged again = charged(charged.getFirst());
		directly().on(again);
		directly().on(again);
		inTransaction(() -> events.publishEvent(again));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(charged.getFirst().getId()) == 2);
		assertThat(jdbc.sql("select count(*) from invoices where subscription_charge_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(charged.size());
		assertThat(jdbc.sql("select count(*) from invoice_requests where subscription_charge_id in (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single()).isEqualTo(charged.size());
	}

	@Test
	void aRefundGetsThePlatformsCreditNoteAgainstTheChargesInvoice() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLUS_PLAN);
		SubscriptionCharge upgrade = kerala.upfront("1179.99", "999.99");
		Invoice invoice = kerala.invoiceOf(upgrade);
		Subscriber maharashtra = new Subscriber(IndianState.MAHARASHTRA, CLINIC_PLAN);
		SubscriptionCharge month = maharashtra.renewal("1178.82", "999.00");
		Invoice monthsInvoice = maharashtra.invoiceOf(month);

		SubscriptionChargeRefunded part = kerala.refund(upgrade, "500.00");
		Invoice first = awaitCreditNotes(upgrade.getId(), 1).getFirst();
		SubscriptionChargeRefunded rest = kerala.refund(upgrade, "679.99");
		List<Invoice> notes = awaitCreditNotes(upgrade.getId(), 2);
		maharashtra.refund(month, "1178.82");
		Invoice full = awaitCreditNotes(month.getId(), 1).getFirst();

		// ₹500.00 in the invoice's proportion: 500 × 999.99 / 1,179.99 = ₹423.73 taxable,
		// the tax ₹76.27 halved: CGST ₹38.14, SGST ₹38.13
		assertThat(first.getKind()).isEqualTo(InvoiceKind.SUBSCRIPTION_CREDIT_NOTE);
		assertThat(first.getNumber()).matches("AYL/\\d{4}/SC\\d{5}").hasSize(16);
		assertThat(first.getOriginalInvoiceId()).isEqualTo(invoice.getId());
		assertThat(first.getTaxableValue()).isEqualByComparingTo("423.73");
		assertThat(first.getCgst()).isEqualByComparingTo("38.14");
		assertThat(first.getSgst()).isEqualByComparingTo("38.13");
		assertThat(first.getTotal()).isEqualByComparingTo("500.00");
		// the rest: what is left of the invoice's figures, so the two add up to them
		Invoice second = notes.get(1);
		assertThat(second.getOriginalInvoiceId()).isEqualTo(invoice.getId());
		assertThat(second.getSequenceNumber()).isGreaterThan(first.getSequenceNumber());
		assertThat(second.getTaxableValue()).isEqualByComparingTo("576.26");
		assertThat(second.getCgst()).isEqualByComparingTo("51.86");
		assertThat(second.getSgst()).isEqualByComparingTo("51.87");
		assertThat(second.getTotal()).isEqualByComparingTo("679.99");
		assertThat(first.getTaxableValue().add(second.getTaxableValue()))
			.isEqualByComparingTo(invoice.getTaxableValue());
		// a full refund: the invoice's own figures
		assertThat(full.getOriginalInvoiceId()).isEqualTo(monthsInvoice.getId());
		assertThat(full.getTaxableValue()).isEqualByComparingTo("999.00");
		assertThat(full.getIgst()).isEqualByComparingTo("179.82");
		assertThat(full.getTotal()).isEqualByComparingTo("1178.82");
		assertThat(seriesNumbers(InvoiceKind.SUBSCRIPTION_CREDIT_NOTE, first.getFinancialYear())).startsWith(1L)
			.doesNotHaveDuplicates()
			.satisfies(numbers -> assertThat(numbers.getLast()).isEqualTo((long) numbers.size()));

		String text = InvoicePdfs.text(invoices.pdf(first.getId(), kerala.owner()).content());
		assertThat(text).contains("CREDIT NOTE", "rule 53", first.getNumber(), "Supply of services",
				"Against tax invoice " + invoice.getNumber() + " dated",
				"Part of the subscription charge (₹500.00) was refunded to the clinic through Razorpay ("
						+ part.refundId() + ").",
				"Upgrade to Clinic Plus plan for the rest of the cycle", "₹423.73", "₹38.14", "₹38.13",
				"Total credited", "₹500.00", "Rupees Five Hundred Only");

		// delivered again: nothing new
		directly().on(rest);
		assertThat(awaitCreditNotes(upgrade.getId(), 2)).extracting(Invoice::getId)
			.containsExactly(first.getId(), second.getId());
		assertThat(invoices.get(invoice.getId(), Profiles.ADMIN).getTotal()).isEqualByComparingTo("1179.99");
	}

	@Test
	void aRefundReportedBeforeItsChargeWaitsForTheChargesInvoice() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLAN);
		SubscriptionCharge charge = kerala.recordOnly(SubscriptionCharge.Kind.RENEWAL, "1178.82", "999.00");

		SubscriptionChargeRefunded refunded = kerala.refund(charge, "1178.82");
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from invoice_requests where request_key = ?")
				.param(OwedDocument.subscriptionCreditNoteKey(refunded.refundId()))
				.query(Long.class)
				.single() == 1);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> handled(charge.getId()) == 1);
		assertThat(jdbc.sql("select count(*) from invoices where subscription_charge_id = ?")
			.param(charge.getId())
			.query(Long.class)
			.single()).isZero();

		inTransaction(() -> events.publishEvent(charged(charge)));

		Invoice invoice = awaitDocument(charge.getId());
		Invoice creditNote = awaitCreditNotes(charge.getId(), 1).getFirst();
		assertThat(creditNote.getOriginalInvoiceId()).isEqualTo(invoice.getId());
		assertThat(creditNote.getTotal()).isEqualByComparingTo(invoice.getTotal());
		assertThat(creditNote.getCgst()).isEqualByComparingTo(invoice.getCgst());
	}

	@Test
	void theInvoiceGenerationJobIssuesWhatIsStillOwedAndSaysWhyAChargeDoesNotAddUp() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLAN);
		SubscriptionCharge owedCharge = kerala.recordOnly(SubscriptionCharge.Kind.RENEWAL, "1178.82", "999.00");
		UUID owed = recorder.record(OwedDocument.subscriptionInvoiceKey(owedCharge.getId()),
				() -> OwedDocument.subscriptionInvoice(owedCharge.getId(), owedCharge.getClinicId(),
						owedCharge.getAmount(), owedCharge.getChargedAt(), clock.instant()));
		SubscriptionCharge wrong = kerala.recordOnly(SubscriptionCharge.Kind.RENEWAL, "1178.83", "999.00");
		inTransaction(() -> events.publishEvent(charged(wrong)));
		UUID wrongRequest = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select id from invoice_requests where subscription_charge_id = ? and last_error is not null")
				.param(wrong.getId())
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();

		JobRun run = jobs.run(InvoiceGeneration.JOB_NAME).orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.exitDescription()).contains("subscription invoice");
		assertThat(jdbc.sql("select issued_at is not null from invoice_requests where id = ?")
			.param(owed)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(awaitDocument(owedCharge.getId()).getTotal()).isEqualByComparingTo("1178.82");
		// ₹999.00 + CGST ₹89.91 + SGST ₹89.91 is ₹1,178.82, not the ₹1,178.83 said to be
		// charged
		assertThat(jdbc.sql("select last_error from invoice_requests where id = ? and issued_at is null")
			.param(wrongRequest)
			.query(String.class)
			.single())
			.isEqualTo("Its taxable value ₹999.00 with 18% GST adds up to ₹1,178.82 but ₹1,178.83 was charged ("
					+ wrong.getGatewayPaymentId() + ").");
		assertThat(jdbc.sql("select count(*) from invoices where subscription_charge_id = ?")
			.param(wrong.getId())
			.query(Long.class)
			.single()).isZero();
		// the made-up charge would be skipped by every later run of the other tests
		jdbc.sql("delete from invoice_requests where id = ?").param(wrongRequest).update();
	}

	@Test
	void theClinicAndTheTeamReadTheDocumentsAndNobodyElse() {
		Subscriber kerala = new Subscriber(IndianState.KERALA, CLINIC_PLUS_PLAN);
		SubscriptionCharge charge = kerala.renewal("2948.82", "2499.00");
		Invoice invoice = kerala.invoiceOf(charge);
		kerala.refund(charge, "100.00");
		Invoice creditNote = awaitCreditNotes(charge.getId(), 1).getFirst();
		OwnedClinic otherClinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);
		Api api = new Api(mvc, tokens);

		for (User reader : List.of(kerala.clinic.owner(), admin, support)) {
			MvcTestResult json = api.get(reader, "/api/invoices/" + invoice.getId());
			assertThat(json).hasStatusOk();
			assertThat(json).bodyJson().extractingPath("$.kind").isEqualTo("SUBSCRIPTION_INVOICE");
			assertThat(json).bodyJson().extractingPath("$.subscriptionChargeId").isEqualTo(charge.getId().toString());
			assertThat(json).bodyJson().extractingPath("$.orderId").isNull();
			assertThat(api.get(reader, "/api/invoices/" + creditNote.getId() + "/pdf")).hasStatusOk()
				.hasContentType(MediaType.APPLICATION_PDF);
			assertThat(mvc.get().uri("/invoices/" + invoice.getId() + "/pdf").with(Accounts.login(reader)))
				.hasStatusOk()
				.hasContentType(MediaType.APPLICATION_PDF);
		}
		for (User stranger : List.of(otherClinic.owner(), maker.owner())) {
			assertThat(api.get(stranger, "/api/invoices/" + invoice.getId())).hasStatus(404);
			assertThat(api.get(stranger, "/api/invoices/" + invoice.getId() + "/pdf")).hasStatus(404);
			assertThat(mvc.get().uri("/invoices/" + invoice.getId() + "/pdf").with(Accounts.login(stranger)))
				.hasStatus(404);
			assertThat(mvc.get().uri("/invoices/" + creditNote.getId()).with(Accounts.login(stranger))).hasStatus(404);
		}
		// the clinic's list of its plan's documents: a page of its own and the fragment
		// the plan page loads
		assertThat(mvc.get().uri("/clinic/plan/invoices").with(Accounts.login(kerala.clinic.owner()))).hasStatusOk()
			.bodyText()
			.contains("<html", "Subscription invoices", invoice.getNumber(), creditNote.getNumber(), "₹2,948.82",
					"/invoices/" + invoice.getId() + "/pdf");
		assertThat(mvc.get()
			.uri("/clinic/plan/invoices")
			.header("HX-Request", "true")
			.with(Accounts.login(kerala.clinic.owner()))).hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("plan-invoices", invoice.getNumber(), creditNote.getNumber(), "₹100.00");
		assertThat(mvc.get().uri("/clinic/plan/invoices").with(Accounts.login(otherClinic.owner()))).hasStatusOk()
			.bodyText()
			.doesNotContain(invoice.getNumber())
			.contains("No invoices for your plan yet.");
		assertThat(mvc.get().uri("/clinic/plan/invoices").with(Accounts.login(maker.owner()))).hasStatus(403);
		// the lists: the clinic's own, the team's filtered by kind
		assertThat(mvc.get().uri("/clinic/invoices").with(Accounts.login(kerala.clinic.owner()))).hasStatusOk()
			.bodyText()
			.contains(invoice.getNumber(), "Subscription invoice", "Subscription credit note");
		assertThat(mvc.get().uri("/admin/invoices?kind=SUBSCRIPTION_CREDIT_NOTE").with(Accounts.login(support)))
			.hasStatusOk()
			.bodyText()
			.contains(creditNote.getNumber())
			.doesNotContain(invoice.getNumber() + "<");
		assertThat(mvc.get()
			.uri("/admin/invoices?kind=SUBSCRIPTION_INVOICE")
			.header("HX-Request", "true")
			.with(Accounts.login(admin))).hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("invoice-results", invoice.getNumber());
		assertThat(mvc.get().uri("/manufacturer/invoices").with(Accounts.login(maker.owner()))).hasStatusOk()
			.bodyText()
			.doesNotContain(invoice.getNumber());
		// the API's list, by kind
		MvcTestResult mine = api.get(kerala.clinic.owner(), "/api/invoices?kind=SUBSCRIPTION_INVOICE");
		assertThat(mine).hasStatusOk();
		assertThat(mine).bodyJson().extractingPath("$.content[0].invoiceNumber").isEqualTo(invoice.getNumber());
		assertThat(mine).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
		assertThat(api.get(kerala.clinic.owner(), "/api/invoices")).bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(2);
		assertThat(api.get(maker.owner(), "/api/invoices?kind=SUBSCRIPTION_INVOICE")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.page.totalElements")
			.isEqualTo(0);
		MvcTestResult unknownKind = api.get(kerala.clinic.owner(), "/api/invoices?kind=RECEIPT");
		assertThat(unknownKind).hasStatus(400);
		assertThat(unknownKind).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
	}

	private List<Long> seriesNumbers(InvoiceKind kind, String financialYear) {
		return jdbc
			.sql("select sequence_number from invoices where supplier_key = 'PLATFORM' and kind = ?"
					+ " and financial_year = ? order by sequence_number")
			.params(kind.name(), financialYear)
			.query(Long.class)
			.list();
	}

	private Invoice awaitDocument(UUID chargeId) {
		UUID id = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select id from invoices where subscription_charge_id = ? and kind = 'SUBSCRIPTION_INVOICE'")
				.param(chargeId)
				.query(UUID.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
		return invoices.get(id, Profiles.ADMIN);
	}

	private List<Invoice> awaitCreditNotes(UUID chargeId, int count) {
		List<UUID> ids = Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> jdbc
				.sql("select id from invoices where subscription_charge_id = ? and kind = 'SUBSCRIPTION_CREDIT_NOTE'"
						+ " order by sequence_number")
				.param(chargeId)
				.query(UUID.class)
				.list(), found -> found.size() >= count);
		return ids.stream().map(id -> invoices.get(id, Profiles.ADMIN)).toList();
	}

	/** How many events about the charge the invoices module's recorder has handled. */
	private long handled(UUID chargeId) {
		return jdbc
			.sql("select count(*) from event_publication where listener_id like :listener"
					+ " and serialized_event like :charge and completion_date is not null")
			.param("listener", OwedDocumentRecorder.class.getName() + "%")
			.param("charge", "%" + chargeId + "%")
			.query(Long.class)
			.single();
	}

	/** The recorder itself, its listeners called in this thread as the registry would. */
	private OwedDocumentRecorder directly() {
		return AopTestUtils.getUltimateTargetObject(recorder);
	}

	private static SubscriptionCharged charged(SubscriptionCharge charge) {
		return new SubscriptionCharged(charge.getId(), charge.getSubscriptionId(), charge.getClinicId(),
				charge.getKind(), "Plan", charge.getAmount(), charge.getTaxableValue(), charge.getChargedAt());
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
	}

	/**
	 * A clinic subscribed to a plan, charged and refunded as the subscriptions module
	 * records it: the rows saved through its repositories and the event published in the
	 * same transaction.
	 */
	private class Subscriber {

		final OwnedClinic clinic;

		final Subscription subscription;

		Subscriber(IndianState state, UUID planId) {
			clinic = Profiles.approvedClinic(users, clinics, state);
			Instant now = clock.instant();
			subscription = new TransactionTemplate(transactionManager)
				.execute(status -> subscriptions.save(Subscription.create(clinic.clinic().getId(),
						plans.findById(planId).orElseThrow(), now, null, null, null, Actor.system(), now)));
		}

		SubscriptionCharge renewal(String amount, String taxableValue) {
			return charge(SubscriptionCharge.Kind.RENEWAL, amount, taxableValue, true);
		}

		SubscriptionCharge upfront(String amount, String taxableValue) {
			return charge(SubscriptionCharge.Kind.UPFRONT, amount, taxableValue, true);
		}

		/** A charge recorded without its event, as if the event were still to come. */
		SubscriptionCharge recordOnly(SubscriptionCharge.Kind kind, String amount, String taxableValue) {
			return charge(kind, amount, taxableValue, false);
		}

		private SubscriptionCharge charge(SubscriptionCharge.Kind kind, String amount, String taxableValue,
				boolean announce) {
			Instant now = clock.instant();
			Instant start = kind == SubscriptionCharge.Kind.RENEWAL ? CYCLE_START
					: Instant.parse("2027-01-10T06:00:00Z");
			return new TransactionTemplate(transactionManager).execute(status -> {
				SubscriptionCharge charge = charges.save(new SubscriptionCharge(subscription, kind,
						"pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14), null,
						new BigDecimal(amount), new BigDecimal(taxableValue), start, CYCLE_END, "UPI", now, now));
				if (announce) {
					events.publishEvent(charged(charge));
				}
				return charge;
			});
		}

		SubscriptionChargeRefunded refund(SubscriptionCharge charge, String amount) {
			SubscriptionChargeRefunded refunded = new SubscriptionChargeRefunded(charge.getId(), charge.getClinicId(),
					"rfnd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14), new BigDecimal(amount),
					clock.instant());
			inTransaction(() -> {
				SubscriptionCharge locked = charges.findByGatewayPaymentIdForUpdate(charge.getGatewayPaymentId())
					.orElseThrow();
				locked.refunded(new BigDecimal(amount));
				events.publishEvent(refunded);
			});
			return refunded;
		}

		Invoice invoiceOf(SubscriptionCharge charge) {
			return awaitDocument(charge.getId());
		}

		com.ayurlahi.users.AuthenticatedUser owner() {
			return Accounts.principal(clinic.owner());
		}

	}

}
