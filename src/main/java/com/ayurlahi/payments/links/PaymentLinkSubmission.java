package com.ayurlahi.payments.links;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentLinkStatus;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.gateway.PaymentGateway.Customer;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayPaymentLink;
import com.ayurlahi.payments.gateway.PaymentGateway.PaymentLinkRequest;
import com.ayurlahi.payments.gateway.PaymentGatewayException;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Makes payment links at Razorpay and cancels them there, in the background once the
 * decision has committed, outside any transaction: each step reads or records the link in
 * a short transaction of its own ({@link TransactionTemplate}), and no transaction is
 * open while Razorpay answers, so no row waits on Razorpay.
 * <p>
 * Making a link is safe to repeat: Razorpay takes each reference once, so when a call
 * fails (refused, or its answer lost) the link is looked for by its reference and, if
 * Razorpay has it, taken as made; a delivery repeated after a crash finds it the same
 * way. A link the order stopped waiting for while it was being made is cancelled at once.
 * A link Razorpay could not make is recorded as failed, and audited; asking for the
 * order's link again makes a new one. A cancellation Razorpay refuses (the link was paid
 * or expired meanwhile, or Razorpay could not be reached) is recorded and audited and
 * changes nothing else: a payment's webhooks still arrive and go through the capture
 * path, which refunds money for an order that no longer waited for it, and the link
 * expires with the order's payment timeout anyway.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class PaymentLinkSubmission {

	private static final Logger log = LoggerFactory.getLogger(PaymentLinkSubmission.class);

	private final PaymentLinkRepository links;

	private final PaymentGateway gateway;

	private final OrderManagement orders;

	private final UserManagement users;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PaymentLinkSubmission(PaymentLinkRepository links, PaymentGateway gateway, OrderManagement orders,
			UserManagement users, TransactionTemplate transactions, Clock clock) {
		this.links = links;
		this.gateway = gateway;
		this.orders = orders;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Does what the link needs at Razorpay: makes an owed link, then cancels it if the
	 * order no longer waits for it; or cancels a link the order no longer waits for. Each
	 * call is made at most once per run.
	 */
	public void advance(UUID linkId) {
		Call call = due(linkId);
		if (call instanceof Make make) {
			Optional<String> toCancel = make(linkId, make.request());
			if (toCancel.isPresent()) {
				cancel(linkId, toCancel.get());
				return;
			}
			call = due(linkId);
		}
		if (call instanceof Cancel cancel) {
			if (cancel.razorpayLinkId() != null) {
				cancel(linkId, cancel.razorpayLinkId());
			}
			else {
				withdraw(linkId, cancel.referenceId());
			}
		}
	}

	/** What the link needs at Razorpay now, read (and claimed) in a short transaction. */
	private Call due(UUID linkId) {
		Call call = transactions.execute(status -> {
			PaymentLink link = links.findForUpdate(linkId).orElse(null);
			if (link == null) {
				return new Nothing();
			}
			if (link.getStatus() == PaymentLinkStatus.REQUESTED && !link.isCancelDue()) {
				link.attempting(clock.instant());
				return new Make(request(link));
			}
			if (link.isCancelDue()) {
				return new Cancel(link.getRazorpayLinkId(), link.getReferenceId());
			}
			return new Nothing();
		});
		return call == null ? new Nothing() : call;
	}

	/**
	 * Makes the link, or finds it made; returns Razorpay's link id when it is to be
	 * cancelled at once.
	 */
	private Optional<String> make(UUID linkId, PaymentLinkRequest request) {
		GatewayPaymentLink made;
		try {
			made = gateway.createPaymentLink(request);
		}
		catch (PaymentGatewayException failed) {
			Optional<GatewayPaymentLink> found = lookUp(request.referenceId());
			if (found.isEmpty()) {
				log.warn("Payment link {} not made at Razorpay: {}", request.referenceId(), failed.getMessage());
				record(linkId, link -> link.creationFailed(failed.getMessage(), clock.instant()));
				return Optional.empty();
			}
			made = found.get();
		}
		GatewayPaymentLink link = made;
		Boolean cancelNow = transactions.execute(status -> {
			PaymentLink recorded = links.findForUpdate(linkId).orElseThrow();
			boolean cancel = recorded.issued(link, clock.instant());
			links.save(recorded);
			return cancel;
		});
		return Boolean.TRUE.equals(cancelNow) ? Optional.of(link.id()) : Optional.empty();
	}

	/**
	 * A link the order stopped waiting for before it was recorded as made: cancelled at
	 * Razorpay if Razorpay has it, otherwise there is nothing to cancel.
	 */
	private void withdraw(UUID linkId, String referenceId) {
		Optional<GatewayPaymentLink> found;
		try {
			found = gateway.paymentLinkByReference(referenceId);
		}
		catch (PaymentGatewayException failed) {
			record(linkId, link -> link.cancelFailed(failed.getMessage(), clock.instant()));
			return;
		}
		if (found.isEmpty()) {
			record(linkId, link -> link.withdrawn(clock.instant()));
			return;
		}
		record(linkId, link -> link.issued(found.get(), clock.instant()));
		cancel(linkId, found.get().id());
	}

	private void cancel(UUID linkId, String razorpayLinkId) {
		try {
			gateway.cancelPaymentLink(razorpayLinkId);
			record(linkId, link -> link.cancelled(clock.instant()));
		}
		catch (PaymentGatewayException failed) {
			log.warn("Payment link {} not cancelled at Razorpay: {}", razorpayLinkId, failed.getMessage());
			record(linkId, link -> link.cancelFailed(failed.getMessage(), clock.instant()));
		}
	}

	private Optional<GatewayPaymentLink> lookUp(String referenceId) {
		try {
			return gateway.paymentLinkByReference(referenceId);
		}
		catch (PaymentGatewayException unreachable) {
			return Optional.empty();
		}
	}

	private void record(UUID linkId, Consumer<PaymentLink> change) {
		transactions.executeWithoutResult(status -> {
			PaymentLink link = links.findForUpdate(linkId).orElseThrow();
			change.accept(link);
			links.save(link);
		});
	}

	/**
	 * The link as Razorpay is asked for it: the order's total in paise, our ids in the
	 * notes, the clinic (name, and its account's phone and e-mail when known) as the
	 * customer, read now and kept nowhere else.
	 */
	private PaymentLinkRequest request(PaymentLink link) {
		String clinicName = orders.find(link.getOrderId()).clinicName();
		Optional<User> account = users.findById(link.getClinicUserId());
		Customer customer = new Customer(clinicName, account.map(User::getPhone).orElse(null),
				account.map(User::getEmail).orElse(null));
		return new PaymentLinkRequest(link.getReferenceId(), Payment.paise(link.getAmount()),
				"Ayurlahi order " + link.getOrderNumber(), link.getPayableUntil(), customer,
				Map.of(PaymentLinkOutcomes.ORDER_ID_NOTE, link.getOrderId().toString(), "orderNumber",
						link.getOrderNumber(), PaymentLinkOutcomes.LINK_NOTE, link.getReferenceId()));
	}

	private sealed interface Call {

	}

	private record Nothing() implements Call {
	}

	private record Make(PaymentLinkRequest request) implements Call {
	}

	private record Cancel(@Nullable String razorpayLinkId, String referenceId) implements Call {
	}

}
