package com.ayurlahi.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.audit.AuditLog;
import com.ayurlahi.audit.AuditQuery;
import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.jobs.JobRunner;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.orders.OrderLine;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.orders.OrderSource;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.orders.Shipment;
import com.ayurlahi.payments.gateway.SandboxRazorpay;
import com.ayurlahi.payments.gateway.SandboxRazorpay.Delivery;
import com.ayurlahi.payments.refunds.RefundQueries;
import com.ayurlahi.payments.refunds.RefundStatus;
import com.ayurlahi.payments.refunds.RefundView;
import com.ayurlahi.products.ProductListing;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.test.TestCatalog;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Cancelling paid orders and items through the sandbox, which refunds and reports like
 * Razorpay: the refund record, the ledger's reversal rows to the paisa, the payment's and
 * order's statuses, the stock given back once, the manufacturer's payout transfer held,
 * reversed and released once the dispute window after delivery has closed, and refunds
 * that fail or are reported twice.
 */
@IntegrationTest
class RefundFlowIT {

	@Autowired
	PaymentManagement payments;

	@Autowired
	PaymentCheckouts checkouts;

	@Autowired
	PaymentQueries paymentQueries;

	@Autowired
	SettlementLedger ledger;

	@Autowired
	RefundQueries refunds;

	@Autowired
	OrderManagement orders;

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
	SandboxRazorpay sandbox;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	JobRunner jobs;

	@Autowired
	MovableClock clock;

	@AfterEach
	void deliverWebhooksNormallyAtTheRealTime() {
		sandbox.deliverNextWebhooks(Delivery.NORMAL);
		clock.reset();
	}

	@Test
	void theClinicCancelsAConfirmedOrderAndGetsEveryPaisaBack() {
		Fixture fixture = new Fixture(null);
		PaymentCheckout checkout = fixture.pay();

		MvcTestResult cancelled = new Api(mvc, tokens).post(fixture.clinic.owner(),
				"/api/orders/" + fixture.order.id() + "/cancel", """
						{"reason":"Ordered twice by mistake"}""");

		assertThat(cancelled).hasStatusOk();
		assertThat(cancelled).bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
		assertThat(stock(fixture.first)).isEqualTo(20);
		assertThat(stock(fixture.second)).isEqualTo(10);
		RefundView refund = awaitRefund(fixture, RefundStatus.PROCESSED);
		// 2 × ₹112.50 + 1 × ₹80.00 = ₹305.00 taxable, IGST 5 % ₹15.25: ₹320.25 paid
		assertThat(refund.amount()).isEqualByComparingTo("320.25");
		assertThat(refund.description()).isEqualTo("The whole order");
		assertThat(refund.razorpayRefundId()).startsWith("rfnd_");
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.REFUNDED);
		OrderView order = orders.find(fixture.order.id());
		assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(order.statusHistory()).extracting(OrderView.Step::status)
			.containsSubsequence(OrderStatus.CONFIRMED, OrderStatus.CANCELLED, OrderStatus.REFUNDED);
		assertThat(order.statusHistory()).extracting(OrderView.Step::note)
			.anySatisfy(note -> assertThat(note).contains("Refund of ₹320.25").contains("processed by Razorpay"));
		assertThat(ledger(checkout.paymentId()))
			.containsExactlyInAnyOrderEntriesOf(Map.of("CAPTURED", new BigDecimal("320.25"), "REFUND",
					new BigDecimal("-320.25"), "COMMISSION", new BigDecimal("0.00"), "COMMISSION_GST",
					new BigDecimal("0.00"), "TCS", new BigDecimal("0.00"), "PAYOUT", new BigDecimal("0.00")));
		assertThat(ledger.check().unbalancedPayments()).doesNotContain(checkout.paymentId());
		assertThat(auditActions(refund.id())).contains("REFUND_REQUESTED", "REFUND_SUBMITTED", "REFUND_PROCESSED");
		// the manufacturer has no linked account: its payout waited with the platform and
		// is not needed any more
		assertThat(transferStatus(checkout.paymentId())).isEqualTo("CANCELLED");
	}

	@Test
	void anItemCancelledBeforeShippingIsRefundedAndTakenBackFromThePayoutTransfer() {
		Fixture fixture = new Fixture("acc_RefundMaker001");
		PaymentCheckout checkout = fixture.pay();
		Awaitility.await().untilAsserted(() -> assertThat(transferStatus(checkout.paymentId())).isEqualTo("ON_HOLD"));
		// payout: ₹320.25 − commission 10 % of ₹305.00 = ₹30.50 − GST ₹5.49 − TCS 0.5 % =
		// ₹1.53 (1.525) = ₹282.73
		String transferId = razorpayTransferId(checkout.paymentId());
		assertThat(sandbox.transferredPaise(transferId)).isEqualTo(282_73);
		OrderView.Item second = fixture.order.items().get(1);

		orders.cancelItem(fixture.order.id(), second.id(), "Batch failed quality check", fixture.makerUser());

		assertThat(stock(fixture.second)).isEqualTo(10);
		RefundView refund = awaitRefund(fixture, RefundStatus.PROCESSED);
		// ₹80.00 + IGST ₹4.00 = ₹84.00; commission ₹8.00, its GST ₹1.44, TCS ₹0.40: the
		// payout gives up ₹74.16
		assertThat(refund.amount()).isEqualByComparingTo("84.00");
		assertThat(refund.description()).isEqualTo("1 × " + fixture.second.name());
		assertThat(sandbox.transferredPaise(transferId)).isEqualTo(282_73 - 74_16);
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(ledger.settlementsOf(fixture.maker.manufacturer().getId(), PageRequest.of(0, 5)).getContent())
			.singleElement()
			.satisfies(settlement -> {
				assertThat(settlement.captured()).isEqualByComparingTo("320.25");
				assertThat(settlement.refunded()).isEqualByComparingTo("84.00");
				assertThat(settlement.commission()).isEqualByComparingTo("22.50");
				assertThat(settlement.commissionGst()).isEqualByComparingTo("4.05");
				assertThat(settlement.tcs()).isEqualByComparingTo("1.13");
				assertThat(settlement.payout()).isEqualByComparingTo("208.57");
				assertThat(settlement.balances()).isTrue();
				assertThat(settlement.transfer()).isEqualTo(PayoutTransferStatus.ON_HOLD);
			});

		AuthenticatedUser maker = fixture.makerUser();
		orders.changeStatus(fixture.order.id(), OrderStatus.PROCESSING, null, null, maker);
		orders.changeStatus(fixture.order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D12345678"), null, maker);
		assertThatThrownBy(
				() -> orders.cancelItem(fixture.order.id(), fixture.order.items().get(0).id(), "Too late", maker))
			.isInstanceOf(ConflictException.class);
		orders.changeStatus(fixture.order.id(), OrderStatus.DELIVERED, null, null, maker);

		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.PARTIALLY_FULFILLED);
		// the payout is released once the dispute window after delivery has closed, not
		// at
		// delivery
		Awaitility.await()
			.untilAsserted(() -> assertThat(jdbc.sql("select release_at from payout_transfers where payment_id = :id")
				.param("id", checkout.paymentId())
				.query(Timestamp.class)
				.optional()).isPresent());
		assertThat(transferStatus(checkout.paymentId())).isEqualTo("ON_HOLD");
		assertThat(sandbox.transfersOf(fixture.razorpayPaymentId(checkout))).singleElement()
			.satisfies(transfer -> assertThat(transfer.onHold()).isTrue());
		clock.moveBy(Duration.ofDays(7).plusMinutes(1));
		jobs.run("payout-release").orElseThrow();
		Awaitility.await().untilAsserted(() -> assertThat(transferStatus(checkout.paymentId())).isEqualTo("RELEASED"));
		assertThat(sandbox.transfersOf(fixture.razorpayPaymentId(checkout))).singleElement()
			.satisfies(transfer -> assertThat(transfer.onHold()).isFalse());
		assertThat(sandbox.transferredPaise(transferId)).isEqualTo(282_73 - 74_16);
	}

	@Test
	void cancellingEveryItemOfAPaidOrderRefundsItInFullThroughItsItems() {
		Fixture fixture = new Fixture("acc_RefundMaker002");
		PaymentCheckout checkout = fixture.pay();
		Awaitility.await().untilAsserted(() -> assertThat(transferStatus(checkout.paymentId())).isEqualTo("ON_HOLD"));

		orders.cancelItem(fixture.order.id(), fixture.order.items().get(0).id(), "Out of stock", fixture.makerUser());
		orders.cancelItem(fixture.order.id(), fixture.order.items().get(1).id(), "Out of stock", fixture.makerUser());

		Awaitility.await()
			.untilAsserted(() -> assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.REFUNDED));
		assertThat(refunds.forOrder(fixture.order.id(), fixture.clinicUser())).extracting(RefundView::amount)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(new BigDecimal("236.25"), new BigDecimal("84.00"));
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.REFUNDED);
		assertThat(ledger(checkout.paymentId())).allSatisfy((kind, net) -> assertThat(net)
			.isEqualByComparingTo(kind.equals("CAPTURED") ? "320.25" : kind.equals("REFUND") ? "-320.25" : "0"));
		assertThat(transferStatus(checkout.paymentId())).isEqualTo("REVERSED");
		assertThat(sandbox.transferredPaise(razorpayTransferId(checkout.paymentId()))).isZero();
		assertThat(stock(fixture.first)).isEqualTo(20);
		assertThat(stock(fixture.second)).isEqualTo(10);
	}

	@Test
	void aRefundThatFailsIsFlaggedAddsNothingToTheLedgerAndAnAdminAsksRazorpayAgain() {
		Fixture fixture = new Fixture(null);
		PaymentCheckout checkout = fixture.pay();
		sandbox.failNextRefund();

		orders.cancel(fixture.order.id(), "Clinic closed for renovation", fixture.clinicUser());

		RefundView refund = awaitRefund(fixture, RefundStatus.FAILED);
		assertThat(refund.failureReason()).isNotBlank();
		PaymentView payment = paymentQueries.get(checkout.paymentId(), fixture.clinicUser());
		assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
		assertThat(payment.reviewReason()).contains("failed").contains("₹320.25");
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(ledger(checkout.paymentId())).doesNotContainKey("REFUND");
		assertThat(auditActions(refund.id())).contains("REFUND_FAILED");

		String again = "/admin/payments/refunds/" + refund.id() + "/again";
		User admin = Accounts.create(users, Role.ADMIN);
		assertThat(mvc.post()
			.uri(again)
			.with(user(Accounts.principal(Accounts.create(users, Role.SUPPORT))))
			.with(csrf())
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri(again).with(user(Accounts.principal(admin))).with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(mvc.post().uri(again).with(user(Accounts.principal(admin))).with(csrf()).exchange())
			.hasStatus(HttpStatus.CONFLICT);

		RefundView replacement = awaitRefund(fixture, RefundStatus.PROCESSED);
		assertThat(replacement.id()).isNotEqualTo(refund.id());
		assertThat(replacement.amount()).isEqualByComparingTo("320.25");
		assertThat(refunds.forOrder(fixture.order.id(), fixture.clinicUser()))
			.extracting(RefundView::status, RefundView::askedAgain)
			.containsExactly(tuple(RefundStatus.FAILED, true), tuple(RefundStatus.PROCESSED, false));
		assertThat(paymentQueries.get(checkout.paymentId(), fixture.clinicUser()).status())
			.isEqualTo(PaymentStatus.REFUNDED);
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(ledger(checkout.paymentId())).containsEntry("REFUND", new BigDecimal("-320.25"));
		assertThat(ledger.check().unbalancedPayments()).doesNotContain(checkout.paymentId());
		assertThat(auditActions(replacement.id())).contains("REFUND_ASKED_AGAIN", "REFUND_SUBMITTED",
				"REFUND_PROCESSED");
	}

	@Test
	void aRefundRazorpayCouldNotBeAskedForWaitsForAnAdminToHaveItTriedAgain() {
		Fixture fixture = new Fixture(null);
		fixture.pay();
		sandbox.refuseNextRefundCall();

		orders.cancel(fixture.order.id(), "Duplicate order", fixture.clinicUser());

		Awaitility.await()
			.untilAsserted(() -> assertThat(refunds.forOrder(fixture.order.id(), fixture.clinicUser())).singleElement()
				.satisfies(refund -> assertThat(refund.submitError()).contains("could not be reached")));
		RefundView waiting = refunds.forOrder(fixture.order.id(), fixture.clinicUser()).getFirst();
		assertThat(waiting.status()).isEqualTo(RefundStatus.PENDING);
		assertThat(waiting.retryable()).isTrue();
		User support = Accounts.create(users, Role.SUPPORT);
		User admin = Accounts.create(users, Role.ADMIN);
		String retry = "/admin/payments/refunds/" + waiting.id() + "/retry";

		MvcTestResult page = mvc.get()
			.uri("/admin/payments/refunds")
			.with(user(Accounts.principal(support)))
			.exchange();
		MvcTestResult bySupport = mvc.post().uri(retry).with(user(Accounts.principal(support))).with(csrf()).exchange();
		MvcTestResult byClinic = mvc.get().uri("/admin/payments/refunds").with(user(fixture.clinicUser())).exchange();
		MvcTestResult byAdmin = mvc.post().uri(retry).with(user(Accounts.principal(admin))).with(csrf()).exchange();

		assertThat(page).hasStatusOk()
			.bodyText()
			.contains(fixture.order.orderNumber(), "Not with Razorpay yet", "could not be reached")
			.doesNotContain("retry-refund");
		assertThat(bySupport).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(byClinic).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(byAdmin).hasStatus(HttpStatus.FOUND);
		RefundView refund = awaitRefund(fixture, RefundStatus.PROCESSED);
		assertThat(refund.submitError()).isNull();
		assertThat(orders.find(fixture.order.id()).status()).isEqualTo(OrderStatus.REFUNDED);
		assertThat(auditActions(refund.id())).contains("REFUND_RETRIED", "REFUND_SUBMITTED", "REFUND_PROCESSED");
	}

	@Test
	void aRefundReportedTwiceIsAppliedOnce() {
		Fixture fixture = new Fixture(null);
		PaymentCheckout checkout = fixture.pay();
		sandbox.deliverNextWebhooks(Delivery.DUPLICATE);

		orders.cancel(fixture.order.id(), "Wrong products", fixture.clinicUser());

		RefundView refund = awaitRefund(fixture, RefundStatus.PROCESSED);
		Awaitility.await()
			.untilAsserted(() -> assertThat(jdbc
				.sql("""
						select count(*) from razorpay_events where event_type = 'refund.processed' and razorpay_payment_id = :id""")
				.param("id", fixture.razorpayPaymentId(checkout))
				.query(Long.class)
				.single()).isOne());
		assertThat(jdbc.sql("select count(*) from ledger_entries where source_id = :id")
			.param("id", refund.id())
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(auditActions(refund.id()).stream().filter("REFUND_PROCESSED"::equals)).hasSize(1);
	}

	@Test
	void aPayoutWaitsForTheManufacturersLinkedAccountAndGoesOutOnceItIsSet() {
		Fixture fixture = new Fixture(null);
		PaymentCheckout checkout = fixture.pay();
		assertThat(transferStatus(checkout.paymentId())).isEqualTo("AWAITING_ACCOUNT");
		assertThat(sandbox.transfersOf(fixture.razorpayPaymentId(checkout))).isEmpty();

		manufacturers.setTerms(fixture.maker.manufacturer().getId(),
				new ManufacturerTerms(new BigDecimal("10.00"), "acc_LinkedLater001"), Profiles.ADMIN);

		Awaitility.await().untilAsserted(() -> assertThat(transferStatus(checkout.paymentId())).isEqualTo("ON_HOLD"));
		assertThat(sandbox.transfersOf(fixture.razorpayPaymentId(checkout))).singleElement().satisfies(transfer -> {
			assertThat(transfer.linkedAccountId()).isEqualTo("acc_LinkedLater001");
			assertThat(transfer.amountPaise()).isEqualTo(282_73);
			assertThat(transfer.onHold()).isTrue();
		});
	}

	@Test
	void aPayoutStillWaitingForALinkedAccountWhenAnItemIsRefundedIsLeftForTheTeamToPayDirectly() {
		Fixture fixture = new Fixture(null);
		PaymentCheckout checkout = fixture.pay();
		orders.cancelItem(fixture.order.id(), fixture.order.items().get(1).id(), "Out of stock", fixture.makerUser());
		awaitRefund(fixture, RefundStatus.PROCESSED);
		// the payout still to be sent lost the item's ₹74.16: what is left is the split
		// of what is still supplied
		assertThat(jdbc.sql("select amount from payout_transfers where payment_id = :id")
			.param("id", checkout.paymentId())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("208.57");

		manufacturers.setTerms(fixture.maker.manufacturer().getId(),
				new ManufacturerTerms(new BigDecimal("10.00"), "acc_LinkedLater002"), Profiles.ADMIN);

		Awaitility.await()
			.untilAsserted(() -> assertThat(jdbc.sql("select submit_error from payout_transfers where payment_id = :id")
				.param("id", checkout.paymentId())
				.query(String.class)
				.optional())
				.hasValueSatisfying(error -> assertThat(error).contains("pay 208.57 to the manufacturer directly")));
		assertThat(sandbox.transfersOf(fixture.razorpayPaymentId(checkout))).isEmpty();
		assertThat(mvc.get()
			.uri("/admin/payments/refunds")
			.with(user(Accounts.principal(Accounts.create(users, Role.SUPPORT))))
			.exchange()).hasStatusOk().bodyText().contains(fixture.order.orderNumber(), "directly");
	}

	@Test
	void aShippedOrderIsNoLongerCancelledAndTheClinicCantCancelOnceItIsBeingPacked() {
		Fixture fixture = new Fixture(null);
		fixture.pay();
		orders.changeStatus(fixture.order.id(), OrderStatus.PROCESSING, null, null, fixture.makerUser());

		assertThatThrownBy(() -> orders.cancel(fixture.order.id(), "Changed my mind", fixture.clinicUser()))
			.isInstanceOf(ConflictException.class);
		orders.changeStatus(fixture.order.id(), OrderStatus.SHIPPED, new Shipment("DTDC", "D87654321"), null,
				fixture.makerUser());
		assertThatThrownBy(() -> orders.cancel(fixture.order.id(), "Changed my mind", Profiles.ADMIN))
			.isInstanceOf(ConflictException.class);
		assertThat(refunds.forOrder(fixture.order.id(), fixture.clinicUser())).isEmpty();
	}

	private RefundView awaitRefund(Fixture fixture, RefundStatus status) {
		Awaitility.await()
			.untilAsserted(() -> assertThat(refunds.forOrder(fixture.order.id(), fixture.clinicUser()))
				.extracting(RefundView::status)
				.last()
				.isEqualTo(status));
		List<RefundView> all = refunds.forOrder(fixture.order.id(), fixture.clinicUser());
		return all.get(all.size() - 1);
	}

	private Map<String, BigDecimal> ledger(UUID paymentId) {
		return jdbc.sql("select kind, sum(amount) from ledger_entries where payment_id = :id group by kind")
			.param("id", paymentId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private int stock(ProductView product) {
		return jdbc.sql("select stock_quantity from products where id = :id")
			.param("id", product.id())
			.query(Integer.class)
			.single();
	}

	private String transferStatus(UUID paymentId) {
		return jdbc.sql("select status from payout_transfers where payment_id = :id")
			.param("id", paymentId)
			.query(String.class)
			.single();
	}

	private String razorpayTransferId(UUID paymentId) {
		return jdbc.sql("select razorpay_transfer_id from payout_transfers where payment_id = :id")
			.param("id", paymentId)
			.query(String.class)
			.single();
	}

	private List<String> auditActions(UUID refundId) {
		return auditLog
			.find(new AuditQuery("Refund", refundId.toString(), null, null, null, null), PageRequest.of(0, 20))
			.getContent()
			.stream()
			.map(entry -> entry.action())
			.toList();
	}

	private class Fixture {

		final OwnedManufacturer maker;

		final OwnedClinic clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA);

		final ProductView first;

		final ProductView second;

		final OrderView order;

		Fixture(String linkedAccount) {
			OwnedManufacturer approved = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
			if (linkedAccount != null) {
				manufacturers.setTerms(approved.manufacturer().getId(),
						new ManufacturerTerms(new BigDecimal("10.00"), linkedAccount), Profiles.ADMIN);
			}
			maker = approved;
			first = TestCatalog.product(listing, maker, "112.50", 20);
			second = TestCatalog.product(listing, maker, "80.00", 10);
			order = placement.place(clinicUser(), List.of(new OrderLine(first.id(), 2), new OrderLine(second.id(), 1)),
					null, OrderSource.WEB);
		}

		PaymentCheckout pay() {
			PaymentCheckout checkout = checkouts.initiate(order.id(), clinicUser());
			new SandboxCheckout(mvc).payAndReturn(checkout);
			assertThat(orders.find(order.id()).status()).isEqualTo(OrderStatus.CONFIRMED);
			return checkout;
		}

		String razorpayPaymentId(PaymentCheckout checkout) {
			return paymentQueries.get(checkout.paymentId(), clinicUser()).razorpayPaymentId();
		}

		AuthenticatedUser clinicUser() {
			return Accounts.principal(clinic.owner());
		}

		AuthenticatedUser makerUser() {
			return Accounts.principal(maker.owner());
		}

	}

}
