package com.ayurlahi.payments.transfers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.Payments;
import com.ayurlahi.payments.PayoutTransferStatus;
import com.ayurlahi.payments.gateway.GatewayRetrySettings;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.gateway.PaymentGateway.GatewayTransfer;
import com.ayurlahi.payments.gateway.PaymentGatewayException;
import com.ayurlahi.payments.refunds.RefundQueries;

/**
 * Razorpay Route for the manufacturers' payouts: a transfer is set up on hold after the
 * capture and released once its release is due ({@link PayoutRelease}: the dispute window
 * after delivery has passed and no dispute holds it). Each call runs in the transfer's
 * own transaction, in the background after the deciding change committed (or when the
 * team asks), with the transfer locked while Razorpay answers: only background work and
 * the team's retry wait for it. A failed call is recorded on the transfer and audited,
 * and tried again when the team asks.
 */
@Service
@Transactional
public class PayoutTransferSubmission {

	private static final Logger log = LoggerFactory.getLogger(PayoutTransferSubmission.class);

	private final PayoutTransfers transfers;

	private final Payments payments;

	private final RefundQueries refunds;

	private final PaymentGateway gateway;

	private final ApplicationEventPublisher events;

	private final GatewayRetrySettings retries;

	private final Clock clock;

	PayoutTransferSubmission(PayoutTransfers transfers, Payments payments, RefundQueries refunds,
			PaymentGateway gateway, ApplicationEventPublisher events, GatewayRetrySettings retries, Clock clock) {
		this.transfers = transfers;
		this.payments = payments;
		this.refunds = refunds;
		this.gateway = gateway;
		this.events = events;
		this.retries = retries;
		this.clock = clock;
	}

	/**
	 * Does what the transfer needs at Razorpay: sets it up on hold (or adopts the one a
	 * crash left unrecorded), then lifts the hold once its release is due. Razorpay takes
	 * no transfer from a payment once a refund of it has started: such a payout is left
	 * for the team to pay directly.
	 */
	public void advance(UUID transferId) {
		advance(transfers.findForUpdate(transferId).orElseThrow());
	}

	/**
	 * The team asks for a failed Razorpay call to be made again; the transfer as it is
	 * afterwards.
	 */
	public PayoutTransferView retry(UUID transferId, Actor admin) {
		PayoutTransfer transfer = transfers.findForUpdate(transferId)
			.orElseThrow(() -> new NotFoundException("There is no such payout transfer."));
		audit(AuditedChange.of("PAYOUT_TRANSFER_RETRIED", PayoutTransfer.ENTITY, transfer.getId())
			.value("submitError", transfer.getSubmitError()), transfer, admin);
		advance(transfer);
		return PayoutTransferView.of(transfer);
	}

	/**
	 * The transfers whose Razorpay call failed because Razorpay was out of reach and is
	 * due again by {@code now}, the longest waiting first.
	 */
	@Transactional(readOnly = true)
	public List<UUID> dueForRetry(Instant now, int limit) {
		return transfers.dueForRetry(now, Limit.of(limit));
	}

	/**
	 * Transfers waiting for a linked account or whose last Razorpay call failed, oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<PayoutTransferView> needingAttention() {
		return transfers.needingAttention().stream().map(PayoutTransferView::of).toList();
	}

	private void advance(PayoutTransfer transfer) {
		if (!transfer.hasGatewayWork()) {
			return;
		}
		Payment payment = payments.findById(transfer.getPaymentId()).orElseThrow();
		String razorpayPaymentId = payment.getRazorpayPaymentId();
		try {
			if (transfer.getStatus() == PayoutTransferStatus.PENDING) {
				Optional<GatewayTransfer> made = existing(transfer, razorpayPaymentId);
				if (made.isEmpty() && refunds.handedToRazorpay(payment.getId())) {
					failed(transfer, "Razorpay takes no transfer from a payment once a refund of it has started: "
							+ "pay " + transfer.getAmount().toPlainString() + " to the manufacturer directly.");
					return;
				}
				GatewayTransfer created = made.orElseGet(() -> gateway.transfer(razorpayPaymentId,
						transfer.getLinkedAccountId(), transfer.getAmountPaise(),
						Map.of("transferId", transfer.getId().toString(), "orderNumber", transfer.getOrderNumber())));
				transfer.created(created.id(), now());
				audit(AuditedChange.of("PAYOUT_TRANSFER_CREATED", PayoutTransfer.ENTITY, transfer.getId())
					.field("status", PayoutTransferStatus.PENDING, transfer.getStatus())
					.value("razorpayTransferId", created.id())
					.value("amount", transfer.getAmount()), transfer, PaymentManagement.RAZORPAY);
			}
			if (transfer.getStatus() == PayoutTransferStatus.ON_HOLD && transfer.isReleaseDue()) {
				gateway.releaseTransfer(transfer.getRazorpayTransferId());
				transfer.released(now());
				audit(AuditedChange.of("PAYOUT_TRANSFER_RELEASED", PayoutTransfer.ENTITY, transfer.getId())
					.field("status", PayoutTransferStatus.ON_HOLD, transfer.getStatus())
					.value("amount", transfer.getAmount()), transfer, PaymentManagement.RAZORPAY);
			}
		}
		catch (PaymentGatewayException failure) {
			log.warn("Payout transfer {} for order {} not done at Razorpay: {}", transfer.getId(),
					transfer.getOrderNumber(), failure.getMessage());
			audit(transfer.submissionFailed(failure, now(), retries), transfer, PaymentManagement.RAZORPAY);
		}
	}

	private Optional<GatewayTransfer> existing(PayoutTransfer transfer, @Nullable String razorpayPaymentId) {
		return gateway.transfersOf(razorpayPaymentId)
			.stream()
			.filter(candidate -> transfer.getId().toString().equals(candidate.notes().get("transferId")))
			.findFirst();
	}

	private void failed(PayoutTransfer transfer, String error) {
		audit(transfer.submissionFailed(error, now()), transfer, PaymentManagement.RAZORPAY);
	}

	private void audit(AuditedChange change, PayoutTransfer transfer, Actor actor) {
		events.publishEvent(transfer.audited(change, actor));
	}

	private Instant now() {
		return clock.instant();
	}

}
