package com.ayurlahi.payments.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import com.ayurlahi.payments.PaymentSettings;

/**
 * The dev profile's Razorpay: it keeps its orders, payments, refunds, transfers and
 * payment links in its own tables ({@code sandbox_razorpay_…},
 * {@link SandboxRazorpayTables}), so that every instance on the database sees the same
 * sandbox and a restart forgets nothing; each change runs in a transaction of its own, as
 * a call to Razorpay is not part of ours, with the rows it changes locked, and queues its
 * webhooks in that transaction (delivered by any instance once it commits). It hosts a
 * checkout page where the clinic picks a successful UPI payment or a declined card, signs
 * the checkout's callback with the key secret as Razorpay does, and posts signed webhooks
 * to our own webhook endpoint, so that development and the tests go through the same
 * checks as production. Refunds are processed at once (their {@code refund.processed}
 * webhook follows), unless a test asks for the next one to fail; Route transfers are
 * recorded with their hold and reversals. The team can have the clinic's bank dispute a
 * captured payment ({@link #raiseDispute}), which posts {@code payment.dispute.created}.
 * <p>
 * Payment links are kept the same way, each with the Razorpay order that takes its
 * attempts. A link's address is the sandbox's own public page for it (on FRONTEND_URL, or
 * this application's port), marked as the sandbox: paying there posts
 * {@code payment.captured}, {@code order.paid} and {@code payment_link.paid}, a declined
 * card {@code payment.failed} and leaves the link payable; the link's notes travel on to
 * its order and payments, as Razorpay copies them. Cancelling a link posts
 * {@code payment_link.cancelled}; a paid one can't be cancelled. A link nobody paid
 * expires at its time (no {@code payment_link.expired} is posted).
 * <p>
 * Tests can ask it to drop, duplicate or hold back the next payment's, refund's or
 * dispute's webhooks, or to fail the next refund: those instructions are this instance's
 * own (for the test that gives them), not the sandbox's state.
 */
@Component
@Conditional(UsesSandbox.class)
public class SandboxRazorpay implements PaymentGateway {

	static final String CHECKOUT_PATH = "/sandbox/razorpay/checkout/";

	static final String LINK_PATH = "/sandbox/razorpay/links/";

	private static final char[] ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
		.toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	/** How long the sandbox's disputes give the team to answer. */
	static final Duration DISPUTE_RESPONSE_TIME = Duration.ofDays(3);

	private final SandboxRazorpayTables tables;

	private final SandboxRoute route;

	private final SandboxPaymentLinks links;

	private final AtomicReference<Delivery> nextDelivery = new AtomicReference<>(Delivery.NORMAL);

	private final AtomicBoolean failNextRefund = new AtomicBoolean();

	private final AtomicBoolean refuseNextRefundCall = new AtomicBoolean();

	private final SandboxWebhooks webhooks;

	private final PaymentSettings settings;

	private final Environment environment;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	SandboxRazorpay(SandboxRazorpayTables tables, SandboxWebhooks webhooks, PaymentSettings settings,
			Environment environment, Clock clock, PlatformTransactionManager transactions) {
		this.tables = tables;
		this.webhooks = webhooks;
		this.settings = settings;
		this.environment = environment;
		this.clock = clock;
		this.route = new SandboxRoute(tables, clock);
		this.links = new SandboxPaymentLinks(tables, webhooks, clock);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** How the webhooks of the next payment or failure reach us. */
	public enum Delivery {

		NORMAL,
		/** Not at all, as if they were lost. */
		DROP,
		/** Each one twice, with the same event id. */
		DUPLICATE,
		/**
		 * Signed but kept, for the test to post itself in the order it wants
		 * ({@link #takeHeldWebhooks}).
		 */
		HOLD

	}

	/** A webhook the sandbox signed and held back ({@link Delivery#HOLD}). */
	public record HeldWebhook(String eventId, String type, String body, String signature) {
	}

	/** What the clinic chooses on the sandbox's checkout page. */
	public enum Choice {

		UPI_SUCCESS, CARD_DECLINED

	}

	/**
	 * Tells the sandbox how to deliver the webhooks of the next payment attempt or refund
	 * (for tests).
	 */
	public void deliverNextWebhooks(Delivery delivery) {
		nextDelivery.set(delivery);
	}

	/**
	 * The webhooks held back so far, oldest first; the sandbox forgets them (for tests).
	 */
	public List<HeldWebhook> takeHeldWebhooks() {
		return webhooks.takeHeld();
	}

	/**
	 * Makes the next refund fail at the bank: its webhook is {@code refund.failed} (for
	 * tests).
	 */
	public void failNextRefund() {
		failNextRefund.set(true);
	}

	/**
	 * Makes the next call to refund fail as if Razorpay could not be reached (for tests).
	 */
	public void refuseNextRefundCall() {
		refuseNextRefundCall.set(true);
	}

	@Override
	public GatewayOrder createOrder(String receipt, long amountPaise, Map<String, String> notes) {
		SandboxOrder order = new SandboxOrder("order_" + randomId(), amountPaise, receipt);
		inOwnTransaction(() -> tables.insert(order, clock.instant()));
		return order.view();
	}

	/**
	 * An order the sandbox never made (its tables were emptied, or the order is from
	 * another database) is reported unpaid, as if Razorpay had let it expire.
	 */
	@Override
	public GatewayOrder fetchOrder(String razorpayOrderId) {
		return tables.order(razorpayOrderId)
			.map(SandboxOrder::view)
			.orElseGet(() -> new GatewayOrder(razorpayOrderId, 0, "INR", "", "created", List.of()));
	}

	@Override
	public Optional<String> hostedCheckoutUrl(String razorpayOrderId, String callbackPath) {
		return Optional.of(CHECKOUT_PATH + razorpayOrderId + "?callback="
				+ URLEncoder.encode(callbackPath, StandardCharsets.UTF_8));
	}

	@Override
	public GatewayPaymentLink createPaymentLink(PaymentLinkRequest request) {
		String id = "plink_" + randomId();
		SandboxOrder order = new SandboxOrder("order_" + randomId(), request.amountPaise(), request.referenceId());
		return inOwnTransaction(() -> links.create(id, linkUrl(id), request, order));
	}

	@Override
	public Optional<GatewayPaymentLink> paymentLinkByReference(String referenceId) {
		return links.byReference(referenceId);
	}

	@Override
	public GatewayPaymentLink cancelPaymentLink(String paymentLinkId) {
		Delivery delivery = nextDelivery.getAndSet(Delivery.NORMAL);
		return inOwnTransaction(() -> links.cancel(paymentLinkId, delivery));
	}

	/** The link as its page shows it. */
	SandboxPaymentLinks.LinkPage linkPage(String paymentLinkId) {
		return links.page(paymentLinkId);
	}

	/**
	 * One payment attempt on a link's page: a UPI payment is captured and pays the link
	 * ({@code payment.captured}, {@code order.paid}, {@code payment_link.paid}); a
	 * declined card posts {@code payment.failed} and leaves the link to be paid again. A
	 * paid, cancelled or expired link takes no payment.
	 * @return the message Razorpay's page shows
	 */
	public String payLink(String paymentLinkId, Choice choice) {
		Delivery delivery = nextDelivery.getAndSet(Delivery.NORMAL);
		return inOwnTransaction(() -> links.pay(paymentLinkId, "pay_" + randomId(), choice, delivery));
	}

	/**
	 * Where a link is paid: its page on FRONTEND_URL, or on this application's own port.
	 */
	private String linkUrl(String paymentLinkId) {
		URI publicUrl = settings.publicUrl();
		UriComponentsBuilder base = publicUrl != null ? UriComponentsBuilder.fromUri(publicUrl)
				: UriComponentsBuilder.fromUriString("http://localhost:"
						+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
		return base.path(LINK_PATH + paymentLinkId).toUriString();
	}

	@Override
	public GatewayRefund refund(String razorpayPaymentId, long amountPaise, boolean reverseAllTransfers,
			Map<String, String> notes) {
		if (refuseNextRefundCall.getAndSet(false)) {
			throw PaymentGatewayException.unavailable("Razorpay could not be reached: connect timed out");
		}
		long now = clock.instant().getEpochSecond();
		Delivery delivery = nextDelivery.getAndSet(Delivery.NORMAL);
		boolean fails = failNextRefund.getAndSet(false);
		return inOwnTransaction(() -> {
			SandboxOrder order = lockCapturedOrderOf(razorpayPaymentId);
			if (amountPaise <= 0 || amountPaise > order.amountPaise - order.refundedPaise()) {
				throw new PaymentGatewayException("The refund amount provided is greater than amount captured");
			}
			GatewayRefund pending = new GatewayRefund("rfnd_" + randomId(), razorpayPaymentId, amountPaise, "pending",
					Map.copyOf(notes));
			GatewayRefund ended = new GatewayRefund(pending.id(), razorpayPaymentId, amountPaise,
					fails ? "failed" : "processed", pending.notes());
			order.refunds.add(ended);
			tables.update(order);
			if (reverseAllTransfers && !fails) {
				route.reverseAll(razorpayPaymentId);
			}
			GatewayPayment payment = order.payment(razorpayPaymentId);
			long refunded = order.refundedPaise();
			webhooks.send(List.of(webhooks.refundEvent("refund.created", order.view(), payment, pending, refunded, now),
					webhooks.refundEvent(fails ? "refund.failed" : "refund.processed", order.view(), payment, ended,
							refunded, now)),
					delivery);
			return pending;
		});
	}

	@Override
	public List<GatewayRefund> refundsOf(String razorpayPaymentId) {
		return List.copyOf(capturedOrderOf(razorpayPaymentId).refunds);
	}

	@Override
	public GatewayTransfer transfer(String razorpayPaymentId, String linkedAccountId, long amountPaise,
			Map<String, String> notes) {
		return inOwnTransaction(() -> {
			SandboxOrder order = lockCapturedOrderOf(razorpayPaymentId);
			if (!order.refunds.isEmpty()) {
				throw new PaymentGatewayException(
						"Transfer cannot be created on a payment once a refund has been initiated");
			}
			return route.create(razorpayPaymentId, order.amountPaise, linkedAccountId, amountPaise, notes);
		});
	}

	@Override
	public List<GatewayTransfer> transfersOf(String razorpayPaymentId) {
		return route.transfersOf(razorpayPaymentId);
	}

	@Override
	public GatewayTransfer releaseTransfer(String transferId) {
		return inOwnTransaction(() -> route.release(transferId));
	}

	@Override
	public void reverseTransfer(String transferId, long amountPaise, Map<String, String> notes) {
		inOwnTransaction(() -> route.reverse(transferId, amountPaise, notes));
	}

	@Override
	public List<GatewayReversal> reversalsOf(String transferId) {
		return route.reversalsOf(transferId);
	}

	/**
	 * What a transfer has left after its reversals (for tests and the sandbox's own
	 * checks).
	 */
	public long transferredPaise(String transferId) {
		return route.transferredPaise(transferId);
	}

	/**
	 * Has the clinic's bank dispute a captured payment, as a chargeback for goods not
	 * received: the sandbox posts a signed {@code payment.dispute.created} to our webhook
	 * endpoint, with three days to respond. A payment the sandbox doesn't know (its
	 * tables were emptied since) is taken as our side describes it. Returns the dispute's
	 * id ({@code disp_…}).
	 */
	public String raiseDispute(String razorpayOrderId, String razorpayPaymentId, long amountPaise) {
		SandboxOrder known = tables.orderOfPayment(razorpayPaymentId).flatMap(tables::order).orElse(null);
		GatewayPayment payment = known != null ? known.payment(razorpayPaymentId)
				: new GatewayPayment(razorpayPaymentId, amountPaise, "INR", "captured", "upi");
		if (!"captured".equals(payment.status())) {
			throw new PaymentGatewayException("Only a captured payment can be disputed: " + razorpayPaymentId);
		}
		GatewayOrder order = known != null ? known.view()
				: new GatewayOrder(razorpayOrderId, amountPaise, "INR", "", "paid", List.of(payment));
		long now = clock.instant().getEpochSecond();
		SandboxWebhooks.Dispute dispute = new SandboxWebhooks.Dispute("disp_" + randomId(), razorpayPaymentId,
				payment.amountPaise(), 0, "goods_not_received",
				"The customer says the goods were not received (sandbox).", now + DISPUTE_RESPONSE_TIME.toSeconds(),
				"open", "chargeback", now);
		Delivery delivery = nextDelivery.getAndSet(Delivery.NORMAL);
		inOwnTransaction(() -> webhooks
			.send(List.of(webhooks.disputeEvent("payment.dispute.created", order, payment, dispute, now)), delivery));
		return dispute.id();
	}

	private SandboxOrder capturedOrderOf(String razorpayPaymentId) {
		return tables.orderOfPayment(razorpayPaymentId)
			.flatMap(tables::order)
			.orElseThrow(() -> unknown(razorpayPaymentId));
	}

	private SandboxOrder lockCapturedOrderOf(String razorpayPaymentId) {
		return tables.orderOfPayment(razorpayPaymentId)
			.flatMap(tables::lockOrder)
			.orElseThrow(() -> unknown(razorpayPaymentId));
	}

	private static PaymentGatewayException unknown(String id) {
		return new PaymentGatewayException("The id provided does not exist: " + id);
	}

	private <T> T inOwnTransaction(Supplier<T> work) {
		T result = ownTransaction.execute(status -> work.get());
		return Objects.requireNonNull(result);
	}

	private void inOwnTransaction(Runnable work) {
		ownTransaction.executeWithoutResult(status -> work.run());
	}

	/** The order as the checkout page shows it. */
	GatewayOrder order(String razorpayOrderId) {
		return tables.order(razorpayOrderId).orElseThrow(() -> unknown(razorpayOrderId)).view();
	}

	/**
	 * One payment attempt on the checkout page. Returns the fields Razorpay's checkout
	 * posts to the callback: the payment id, order id and signature for a success,
	 * Razorpay's error fields for a failure.
	 */
	public Map<String, String> pay(String razorpayOrderId, Choice choice) {
		String paymentId = "pay_" + randomId();
		long now = clock.instant().getEpochSecond();
		Delivery delivery = nextDelivery.getAndSet(Delivery.NORMAL);
		return inOwnTransaction(() -> {
			SandboxOrder order = tables.lockOrder(razorpayOrderId).orElseThrow(() -> unknown(razorpayOrderId));
			Map<String, String> callback = new LinkedHashMap<>();
			if ("paid".equals(order.status)) {
				throw new PaymentGatewayException("Order " + razorpayOrderId + " is already paid.");
			}
			if (choice == Choice.UPI_SUCCESS) {
				GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "captured", "upi");
				order.payments.add(payment);
				order.status = "paid";
				tables.update(order);
				tables.captured(paymentId, order.id);
				webhooks.send(List.of(webhooks.paymentEvent("payment.captured", order.view(), payment, null, now),
						webhooks.orderPaidEvent(order.view(), payment, now)), delivery);
				callback.put("razorpay_payment_id", paymentId);
				callback.put("razorpay_order_id", order.id);
				callback.put("razorpay_signature",
						RazorpaySignatures.sign(order.id + "|" + paymentId, settings.keys().keySecret()));
			}
			else {
				GatewayPayment payment = new GatewayPayment(paymentId, order.amountPaise, "INR", "failed", "card");
				order.payments.add(payment);
				order.status = "attempted";
				tables.update(order);
				SandboxWebhooks.Failure failure = SandboxWebhooks.Failure.declined();
				webhooks.send(List.of(webhooks.paymentEvent("payment.failed", order.view(), payment, failure, now)),
						delivery);
				callback.put("error[code]", failure.code());
				callback.put("error[description]", failure.description());
				callback.put("error[source]", failure.source());
				callback.put("error[step]", failure.step());
				callback.put("error[reason]", failure.reason());
				callback.put("error[metadata]",
						"{\"payment_id\":\"" + paymentId + "\",\"order_id\":\"" + order.id + "\"}");
			}
			return callback;
		});
	}

	static String randomId() {
		char[] id = new char[14];
		for (int i = 0; i < id.length; i++) {
			id[i] = ID_CHARACTERS[RANDOM.nextInt(ID_CHARACTERS.length)];
		}
		return new String(id);
	}

}
