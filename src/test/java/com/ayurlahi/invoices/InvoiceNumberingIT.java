package com.ayurlahi.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.jobs.JobRun;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.UserManagement;

/**
 * Many documents of one manufacturer issued at the same moment take consecutive numbers
 * of its series: none twice, none skipped, and each request issued once however many
 * times it is asked for.
 */
@IntegrationTest
class InvoiceNumberingIT {

	private static final int ORDERS = 16;

	@Autowired
	OrderPlacement placement;

	@Autowired
	ProductListing listing;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	OwedDocumentRecorder recorder;

	@Autowired
	InvoiceIssuer issuer;

	@Autowired
	JobRunner jobs;

	@Autowired
	Invoices invoices;

	@Autowired
	ObjectStorage storage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void documentsIssuedAtOnceAreNumberedConsecutivelyAndEachOnlyOnce() throws Exception {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "99.90", 1_000);
		List<UUID> requests = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			OrderView order = placement.place(Accounts.principal(clinic.owner()),
					List.of(new OrderLine(product.id(), 1 + i)), null, OrderSource.WEB);
			requests.add(owed(order));
		}
		List<Callable<Invoice>> issues = new ArrayList<>();
		for (UUID request : requests) {
			issues.add(() -> issuer.issue(request, Actor.system()));
			issues.add(() -> issuer.issue(request, Actor.system()));
		}

		List<Invoice> issued = runAtOnce(issues);

		assertThat(issued).hasSize(ORDERS * 2);
		assertThat(issued.stream().map(Invoice::getId).distinct()).hasSize(ORDERS);
		List<Long> numbers = jdbc
			.sql("select sequence_number from invoices where manufacturer_id = ? order by sequence_number")
			.param(maker.manufacturer().getId())
			.query(Long.class)
			.list();
		assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, ORDERS).boxed().toList());
		assertThat(jdbc.sql("select count(distinct invoice_number) from invoices where manufacturer_id = ?")
			.param(maker.manufacturer().getId())
			.query(Long.class)
			.single()).isEqualTo(ORDERS);
		assertThat(jdbc.sql("select count(*) from invoice_requests where id in (:ids) and issued_at is null")
			.param("ids", requests)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Two batches issued at once, each in one transaction with its PDFs rendered side by
	 * side, and the first batch's documents asked for again one by one meanwhile.
	 */
	@Test
	void documentsIssuedTogetherAreNumberedInTheirOrderEachWithItsOwnPdf() throws Exception {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "45.50", 1_000);
		List<OrderView> orders = new ArrayList<>();
		List<UUID> requests = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			OrderView order = placement.place(Accounts.principal(clinic.owner()),
					List.of(new OrderLine(product.id(), 1 + i)), null, OrderSource.WEB);
			orders.add(order);
			requests.add(owed(order));
		}
		List<UUID> first = requests.subList(0, 6);
		List<UUID> second = requests.subList(6, 12);
		List<Callable<List<Invoice>>> issues = new ArrayList<>();
		issues.add(() -> issuer.issue(first, Actor.system()));
		issues.add(() -> issuer.issue(second, Actor.system()));
		for (UUID request : first) {
			issues.add(() -> List.of(issuer.issue(request, Actor.system())));
		}

		runAtOnce(issues);

		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < requests.size(); i++) {
			Invoice invoice = invoices.findByRequestId(requests.get(i)).orElseThrow();
			numbers.add(invoice.getSequenceNumber());
			assertThat(InvoicePdfs.text(storage.get(invoice.getStorageKey()))).contains(invoice.getNumber(),
					orders.get(i).orderNumber(), Money.format(orders.get(i).total()));
		}
		assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
		// the second batch in its order, one number after the other (nothing else was
		// numbered
		// while it held the series)
		List<Long> secondNumbers = numbers.subList(6, 12);
		assertThat(secondNumbers)
			.isEqualTo(LongStream.rangeClosed(secondNumbers.getFirst(), secondNumbers.getFirst() + 5).boxed().toList());
		assertThat(jdbc.sql("select count(*) from invoices where manufacturer_id = ?")
			.param(maker.manufacturer().getId())
			.query(Long.class)
			.single()).isEqualTo(12);
	}

	@Test
	void aBatchWithADocumentThatCannotBeIssuedIssuesNoneAndTakesNoNumber() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "120.00", 100);
		OrderView good = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 1)),
				null, OrderSource.WEB);
		OrderView wrong = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 2)),
				null, OrderSource.WEB);
		UUID goodRequest = owed(good);
		UUID wrongRequest = recorder.record(OwedDocument.taxInvoiceKey(wrong.id()),
				() -> OwedDocument.taxInvoice(wrong.id(), wrong.manufacturerId(), UUID.randomUUID(),
						new BigDecimal("1.00"), Instant.now(), Instant.now()));

		assertThatExceptionOfType(InvoiceNotIssuable.class)
			.isThrownBy(() -> issuer.issue(List.of(goodRequest, wrongRequest), Actor.system()));

		assertThat(jdbc.sql("select count(*) from invoices where manufacturer_id = ?")
			.param(maker.manufacturer().getId())
			.query(Long.class)
			.single()).isZero();
		assertThat(issuer.issue(List.of(goodRequest), Actor.system())).singleElement()
			.extracting(Invoice::getSequenceNumber)
			.isEqualTo(1L);
		// the made-up request would be skipped by every later run of the other tests
		jdbc.sql("delete from invoice_requests where id = ?").param(wrongRequest).update();
	}

	@Test
	void theJobSkipsADocumentWhoseFiguresDoNotAddUpAndIssuesTheOthers() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "120.00", 100);
		OrderView good = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 1)),
				null, OrderSource.WEB);
		OrderView wrong = placement.place(Accounts.principal(clinic.owner()), List.of(new OrderLine(product.id(), 2)),
				null, OrderSource.WEB);
		UUID goodRequest = owed(good);
		UUID wrongRequest = recorder.record(OwedDocument.taxInvoiceKey(wrong.id()),
				() -> OwedDocument.taxInvoice(wrong.id(), wrong.manufacturerId(), UUID.randomUUID(),
						new BigDecimal("1.00"), Instant.now(), Instant.now()));

		JobRun run = jobs.run(InvoiceGeneration.JOB_NAME).orElseThrow();

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(run.skipCount()).isGreaterThanOrEqualTo(1);
		assertThat(run.exitDescription()).contains("skipped (see /admin/invoices)");
		assertThat(jdbc.sql("select issued_at is not null from invoice_requests where id = ?")
			.param(goodRequest)
			.query(Boolean.class)
			.single()).isTrue();
		// ₹120.00 × 2 + 5 % GST = ₹252.00 against the ₹1.00 said to be captured
		assertThat(jdbc.sql("select last_error from invoice_requests where id = ? and issued_at is null")
			.param(wrongRequest)
			.query(String.class)
			.single())
			.isEqualTo("Its lines add up to ₹252.00 but ₹1.00 was captured for order " + wrong.orderNumber() + ".");
		assertThat(jdbc.sql("select sequence_number from invoices where manufacturer_id = ?")
			.param(maker.manufacturer().getId())
			.query(Long.class)
			.list()).containsExactly(1L);
		// the made-up request would be skipped by every later run of the other tests
		jdbc.sql("delete from invoice_requests where id = ?").param(wrongRequest).update();
	}

	/**
	 * What a manufacturer owes is issued as one batch, numbered in the order it was owed;
	 * a document that another transaction is issuing at that moment is skipped rather
	 * than waited for, one whose last attempt failed is left to the job, and another
	 * manufacturer's are not touched.
	 */
	@Test
	@Timeout(60) // waiting for the locked document instead of skipping it would never end
	void aManufacturersOpenTaxInvoicesAreIssuedAsOneBatch() throws Exception {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedManufacturer otherMaker = Profiles.approvedManufacturer(users, manufacturers, IndianState.KERALA);
		OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		ProductView product = TestCatalog.product(listing, maker, "60.00", 100);
		Instant first = Instant.now();
		List<UUID> requests = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			OrderView order = placement.place(Accounts.principal(clinic.owner()),
					List.of(new OrderLine(product.id(), 1 + i)), null, OrderSource.WEB);
			requests.add(owed(order, first.plusSeconds(i)));
		}
		OrderView otherOrder = placement.place(Accounts.principal(clinic.owner()),
				List.of(new OrderLine(TestCatalog.product(listing, otherMaker, "70.00", 10).id(), 1)), null,
				OrderSource.WEB);
		UUID otherMakersRequest = owed(otherOrder, first);
		issuer.recordFailure(requests.get(1), "Storage unavailable");
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService another = Executors.newSingleThreadExecutor();
		try {
			Future<?> holder = another.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("select id from invoice_requests where id = ? for update")
					.param(requests.get(2))
					.query()
					.listOfRows();
				locked.countDown();
				await(release);
			}));
			locked.await();

			List<Invoice> issued = issuer.issueOpenTaxInvoices(maker.manufacturer().getId(), 10, Actor.system());

			assertThat(issued).extracting(Invoice::getSequenceNumber).containsExactly(1L, 2L, 3L);
			assertThat(List.of(0, 3, 4)
				.stream()
				.map(i -> invoices.findByRequestId(requests.get(i)).orElseThrow())
				.map(Invoice::getId)).containsExactlyElementsOf(issued.stream().map(Invoice::getId).toList());
			assertThat(issuer.issueOpenTaxInvoices(maker.manufacturer().getId(), 10, Actor.system())).isEmpty();
			assertThat(invoices.findByRequestId(requests.get(1))).isEmpty();
			assertThat(invoices.findByRequestId(requests.get(2))).isEmpty();
			assertThat(invoices.findByRequestId(otherMakersRequest)).isEmpty();
			release.countDown();
			holder.get();
		}
		finally {
			release.countDown();
			another.shutdownNow();
		}
		assertThat(issuer.issue(requests.get(2), Actor.system()).getSequenceNumber()).isEqualTo(4L);
		assertThat(issuer.issue(requests.get(1), Actor.system()).getSequenceNumber()).isEqualTo(5L);
		assertThat(issuer.issue(otherMakersRequest, Actor.system()).getSequenceNumber()).isEqualTo(1L);
	}

	/** A tax invoice owed for an order as if its payment had just been captured. */
	private UUID owed(OrderView order) {
		return owed(order, Instant.now());
	}

	private UUID owed(OrderView order, Instant requestedAt) {
		return recorder.record(OwedDocument.taxInvoiceKey(order.id()), () -> OwedDocument.taxInvoice(order.id(),
				order.manufacturerId(), UUID.randomUUID(), order.total(), Instant.now(), requestedAt));
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static <T> List<T> runAtOnce(List<Callable<T>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
