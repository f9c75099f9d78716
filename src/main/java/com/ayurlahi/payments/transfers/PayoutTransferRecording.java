package com.ayurlahi.payments.transfers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerSaved;
import com.ayurlahi.payments.Payment;
import com.ayurlahi.payments.PaymentManagement;
import com.ayurlahi.payments.PayoutTransferStatus;
import com.ayurlahi.payments.Settlement;
import com.ayurlahi.payments.gateway.GatewayCallDue.TransferDue;
import com.ayurlahi.payments.gateway.PaymentGateway;
import com.ayurlahi.payments.webhooks.EventOutcome;

/**
 * What happens to the manufacturers' payout transfers in the transaction of the change
 * that decides it: a capture opens one, a manufacturer's new linked account (heard with
 * an {@code @EventListener}, so that it commits with the manufacturer's change) lets the
 * payouts that waited for it go, a refund being handed to Razorpay takes its share back
 * (in that step's transaction), and Razorpay's {@code transfer.failed} webhook (in the
 * webhook's transaction) shows the transfer to the team. What is to be done at Razorpay
 * is done after commit ({@link PayoutTransferSubmission}, through {@link TransferDue});
 * every change is audited.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PayoutTransferRecording {

	private final PayoutTransfers transfers;

	private final ManufacturerManagement manufacturers;

	private final PaymentGateway gateway;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutTransferRecording(PayoutTransfers transfers, ManufacturerManagement manufacturers, PaymentGateway gateway,
			ApplicationEventPublisher events, Clock clock) {
		this.transfers = transfers;
		this.manufacturers = manufacturers;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the capture's transaction: the payout of {@code settlement} is to go to the
	 * manufacturer.
	 */
	public void open(Payment payment, Settlement settlement) {
		String account = manufacturers.find(settlement.manufacturerId())
			.map(m -> m.getRazorpayAccountId())
			.orElse(null);
		PayoutTransfer transfer = transfers
			.save(new PayoutTransfer(payment, settlement.manufacturerId(), account, settlement.payout(), now()));
		audit(AuditedChange.of("PAYOUT_TRANSFER_OPENED", PayoutTransfer.ENTITY, transfer.getId())
			.value("paymentId", payment.getId())
			.value("amount", transfer.getAmount())
			.value("linkedAccountId", transfer.getLinkedAccountId())
			.value("status", transfer.getStatus()), transfer, PaymentManagement.RAZORPAY);
		if (transfer.hasGatewayWork()) {
			events.publishEvent(new TransferDue(transfer.getId()));
		}
	}

	/**
	 * In the manufacturer's transaction: its new linked account takes the payouts that
	 * waited for one.
	 */
	@EventListener
	void on(ManufacturerSaved saved) {
		String account = saved.razorpayAccountId();
		if (account == null) {
			return;
		}
		for (PayoutTransfer transfer : transfers.findForUpdate(saved.manufacturerId(),
				PayoutTransferStatus.AWAITING_ACCOUNT)) {
			if (transfer.linkTo(account, now())) {
				audit(AuditedChange.of("PAYOUT_TRANSFER_LINKED", PayoutTransfer.ENTITY, transfer.getId())
					.field("status", PayoutTransferStatus.AWAITING_ACCOUNT, transfer.getStatus())
					.value("linkedAccountId", account), transfer, Actor.system());
				events.publishEvent(new TransferDue(transfer.getId()));
			}
		}
	}

	/**
	 * In the background, before a refund is handed to Razorpay: its share of the payout
	 * comes back. A transfer at Razorpay is reversed by that much for a partial refund (a
	 * reversal a crash left unrecorded is found by the refund's id in its notes); a full
	 * refund's reversal is Razorpay's own ({@code reverse_all}). A payout not yet sent is
	 * simply lowered, to nothing for a full refund.
	 */
	public void takeBack(UUID paymentId, UUID refundId, String orderNumber, boolean fullRefund, BigDecimal payout) {
		transfers.findByPaymentIdForUpdate(paymentId).ifPresent(transfer -> {
			if (transfer.getStatus() == PayoutTransferStatus.REVERSED
					|| transfer.getStatus() == PayoutTransferStatus.CANCELLED) {
				return;
			}
			if (!transfer.isAtGateway()) {
				reduce(transfer, fullRefund ? transfer.getAmount() : payout, refundId.toString(),
						"PAYOUT_TRANSFER_REDUCED");
				return;
			}
			BigDecimal share = payout.min(transfer.getAmount());
			if (fullRefund || share.signum() <= 0) {
				return;
			}
			String refund = refundId.toString();
			boolean reversedBefore = gateway.reversalsOf(transfer.getRazorpayTransferId())
				.stream()
				.anyMatch(reversal -> refund.equals(reversal.notes().get("refundId")));
			if (!reversedBefore) {
				gateway.reverseTransfer(transfer.getRazorpayTransferId(), Payment.paise(share),
						Map.of("refundId", refund, "orderNumber", orderNumber));
			}
			reduce(transfer, share, refund, "PAYOUT_TRANSFER_REVERSED");
		});
	}

	/**
	 * A full refund of the payment was handed to Razorpay, which pulls the transfer back
	 * with it.
	 */
	public void reversedWithFullRefund(UUID paymentId, String razorpayRefundId) {
		transfers.findByPaymentIdForUpdate(paymentId)
			.filter(PayoutTransfer::isAtGateway)
			.ifPresent(
					transfer -> reduce(transfer, transfer.getAmount(), razorpayRefundId, "PAYOUT_TRANSFER_REVERSED"));
	}

	/**
	 * In the webhook's transaction: Razorpay reports a transfer failed
	 * ({@code transfer.failed}), and the team is shown it.
	 */
	public EventOutcome recordFailed(String razorpayTransferId, @Nullable String why) {
		return transfers.findByRazorpayTransferIdForUpdate(razorpayTransferId).map(transfer -> {
			audit(transfer.submissionFailed("Razorpay reports the transfer failed" + (why == null ? "" : ": " + why),
					now()), transfer, PaymentManagement.RAZORPAY);
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	private void reduce(PayoutTransfer transfer, BigDecimal payout, String refundReference, String action) {
		BigDecimal before = transfer.getAmount();
		PayoutTransferStatus statusBefore = transfer.getStatus();
		transfer.reduceBy(payout, now());
		audit(AuditedChange.of(action, PayoutTransfer.ENTITY, transfer.getId())
			.field("amount", before, transfer.getAmount())
			.field("status", statusBefore, transfer.getStatus())
			.value("refund", refundReference), transfer, PaymentManagement.RAZORPAY);
	}

	private void audit(AuditedChange change, PayoutTransfer transfer, Actor actor) {
		events.publishEvent(transfer.audited(change, actor));
	}

	private Instant now() {
		return clock.instant();
	}

}
