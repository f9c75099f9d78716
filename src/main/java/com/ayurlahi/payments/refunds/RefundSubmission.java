package com.ayurlahi.payments.refunds;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.Payments;
import com.ayurlahi.payments.gateway.GatewayRetry;
import com.ayurlahi.payments.gateway.GatewayRetrySettings;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayRefund;
import com.ayurlahi.payments.gateway.PaymentGatewayException;
import com.ayurlahi.payments.transfers.PayoutTransferRecording;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Hands refunds to Razorpay, outside any transaction: each step runs in a short
 * transaction of its own ({@link TransactionTemplate}) around the Razorpay call it makes,
 * so that only other background work waits for the rows it holds while Razorpay answers.
 * Runs in the background once the refund's request has committed, and when the team has a
 * refund that Razorpay could not be asked for tried again.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class RefundSubmission {

	private static final Logger log = LoggerFactory.getLogger(RefundSubmission.class);

	private final Refunds refunds;

	private final Payments payments;

	private final PayoutTransferRecording transfers;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final GatewayRetrySettings retries;

	private final Clock clock;

	RefundSubmission(Refunds refunds, Payments payments, PayoutTransferRecording transfers, PaymentGateway gateway,
			TransactionTemplate transactions, ApplicationEventPublisher events, GatewayRetrySettings retries,
			Clock clock) {
		this.refunds = refunds;
		this.payments = payments;
		this.transfers = transfers;
		this.gateway = gateway;
		this.transactions = transactions;
		this.events = events;
		this.retries = retries;
		this.clock = clock;
	}

	/**
	 * Hands a refund to Razorpay, unless it was handed over already (a crash after
	 * Razorpay took it is found in the payment's refunds by our id in its notes). First
	 * its share of the payout is taken back from the manufacturer's transfer, in a
	 * transaction of its own: reversed at Razorpay for a partial refund of a transfer
	 * that is there (a reversal a crash left unrecorded is found by our id), or taken off
	 * a payout not yet sent. A failed call is recorded on the refund and audited, for the
	 * team to have it tried again.
	 */
	public void submit(UUID refundId) {
		handOverOrRecordFailure(refundId);
	}

	/**
	 * The refunds whose Razorpay call failed because Razorpay was out of reach and is due
	 * again by {@code now}, the longest waiting first.
	 */
	@Transactional(readOnly = true)
	public List<UUID> dueForRetry(Instant now, int limit) {
		return refunds.dueForRetry(now, Limit.of(limit));
	}

	/** The team has a refund that Razorpay could not be asked for handed over again. */
	public RefundView retry(UUID refundId, AuthenticatedUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin retries refunds or asks for them again");
		}
		Refund refund = refunds.findById(refundId).orElseThrow(Refund::notFound);
		if (!refund.awaitsSubmission()) {
			throw new ConflictException("This refund is " + refund.getStatus().label().toLowerCase()
					+ (refund.getRazorpayRefundId() == null ? "" : " and with Razorpay")
					+ ": there is nothing to try again.");
		}
		transactions.executeWithoutResult(
				status -> events.publishEvent(refund.audited(
						AuditedChange.of("REFUND_RETRIED", Refund.ENTITY, refund.getId())
							.value("submitError", refund.getSubmitError()),
						Actor.user(admin.id(), admin.role().name()))));
		handOverOrRecordFailure(refundId);
		return RefundView.of(refunds.findById(refundId).orElseThrow(), false);
	}

	private void handOverOrRecordFailure(UUID refundId) {
		try {
			transactions.executeWithoutResult(status -> takeBackPayout(refundId));
			transactions.executeWithoutResult(status -> handOver(refundId));
		}
		catch (PaymentGatewayException failed) {
			log.warn("Refund {} not handed to Razorpay: {}", refundId, failed.getMessage());
			transactions.executeWithoutResult(status -> refunds.findForUpdate(refundId).ifPresent(refund -> {
				refund.submissionFailed(failed, now(), retries);
				GatewayRetry retry = refund.getRetry();
				AuditedChange change = AuditedChange.of("REFUND_SUBMIT_FAILED", Refund.ENTITY, refund.getId())
					.value("error", refund.getSubmitError())
					.value("attempts", retry.attempts());
				events.publishEvent(refund.audited(
						retry.isScheduled() ? change.value("nextAttemptAt", retry.nextAttemptAt()) : change,
						PaymentManagement.RAZORPAY));
			}));
		}
	}

	private void takeBackPayout(UUID refundId) {
		Refund refund = refunds.findForUpdate(refundId).orElseThrow();
		if (!refund.awaitsSubmission() || refund.isTransferReversed() || !refund.isFromSettlement()) {
			return;
		}
		transfers.takeBack(refund.getPaymentId(), refund.getId(), refund.getOrderNumber(), refund.isFullRefund(),
				refund.getPayout());
		refund.transferReversed(now());
	}

	private void handOver(UUID refundId) {
		Refund refund = refunds.findForUpdate(refundId).orElseThrow();
		if (!refund.awaitsSubmission()) {
			return;
		}
		Payment payment = payments.findById(refund.getPaymentId()).orElseThrow();
		String razorpayPaymentId = payment.getRazorpayPaymentId();
		GatewayRefund handed = gateway.refundsOf(razorpayPaymentId)
			.stream()
			.filter(candidate -> refund.getId().toString().equals(candidate.notes().get("refundId")))
			.findFirst()
			.orElseGet(() -> gateway.refund(razorpayPaymentId, refund.getAmountPaise(), refund.isFullRefund(),
					Map.of("refundId", refund.getId().toString(), "orderNumber", refund.getOrderNumber())));
		refund.submitted(handed.id(), now());
		if (refund.isFullRefund() && refund.isFromSettlement()) {
			transfers.reversedWithFullRefund(refund.getPaymentId(), handed.id());
		}
		events.publishEvent(refund.audited(AuditedChange.of("REFUND_SUBMITTED", Refund.ENTITY, refund.getId())
			.value("razorpayRefundId", handed.id())
			.value("amount", refund.getAmount()), PaymentManagement.RAZORPAY));
	}

	private Instant now() {
		return clock.instant();
	}

}
