package com.ayurlahi.payments;

import java.math.BigDecimal;
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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerSaved;
import com.ayurlahi.payments.GatewayWorkDue.TransferDue;
import com.ayurlahi.payments.PaymentGateway.GatewayTransfer;

/**
 * Razorpay Route for the manufacturers' payouts. After a capture the payout is
 * transferred to the manufacturer's linked account, held until the order is delivered and
 * then released. A manufacturer without a linked account is shown to the team and its
 * payouts wait with the platform; setting the account sends them. Refunds take their
 * share back (see {@link RefundSubmission}). Razorpay is called after the deciding
 * transaction commits; every change is audited.
 */
@Service
@Transactional
public class PayoutTransferManagement {

	private static final Logger log = LoggerFactory.getLogger(PayoutTransferManagement.class);
	static final String ENTITY = "PayoutTransfer";

	private final PayoutTransfers transfers;

	private final Payments payments;

	private final RefundQueries refunds;

	private final ManufacturerManagement manufacturers;

	private final PaymentGateway gateway;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutTransferManagement(PayoutTransfers transfers, Payments payments, RefundQueries refunds,
			ManufacturerManagement manufacturers, PaymentGateway gateway, ApplicationEventPublisher events,
			Clock clock) {
		this.transfers = transfers;
		this.payments = payments;
		this.refunds = refunds;
		this.manufacturers = manufacturers;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * In the capture's transaction: the payout of {@code settlement} is to go to the
	 * manufacturer.
	 */
	void open(Payment payment, Settlement settlement) {
		String account = manufacturers.find(settlement.manufacturerId())
			.map(m -> m.getRazorpayAccountId())
			.orElse(null);
		PayoutTransfer transfer = transfers
			.save(new PayoutTransfer(payment, settlement.manufacturerId(), account, settlement.payout(), now()));
		audit(AuditedChange.of("PAYOUT_TRANSFER_OPENED", ENTITY, transfer.getId())
			.value("paymentId", payment.getId())
			.value("amount", transfer.getAmount())
			.value("linkedAccountId", transfer.getLinkedAccountId())
			.value("status", transfer.getStatus()), transfer, PaymentManagement.RAZORPAY);
		if (transfer.hasGatewayWork()) {
			events.publishEvent(new TransferDue(transfer.getId()));
		}
	}

	/**
	 * Does what the transfer needs at Razorpay: sets it up on hold (or adopts the one a
	 * crash left unrecorded), then lifts the hold once the order is delivered. Razorpay
	 * takes no transfer from a payment once a refund of it has started: such a payout is
	 * left for the team to pay directly. A failure is recorded on the transfer and
	 * audited, and tried again when the team asks. Runs in the background; only
	 * background work and the team's retry wait for the transfer while Razorpay answers.
	 */
	public void advance(UUID transferId) {
		PayoutTransfer transfer = transfers.findForUpdate(transferId).orElseThrow();
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
				audit(AuditedChange.of("PAYOUT_TRANSFER_CREATED", ENTITY, transfer.getId())
					.field("status", PayoutTransferStatus.PENDING, transfer.getStatus())
					.value("razorpayTransferId", created.id())
					.value("amount", transfer.getAmount()), transfer, PaymentManagement.RAZORPAY);
			}
			if (transfer.getStatus() == PayoutTransferStatus.ON_HOLD && transfer.isReleaseDue()) {
				gateway.releaseTransfer(transfer.getRazorpayTransferId());
				transfer.released(now());
				audit(AuditedChange.of("PAYOUT_TRANSFER_RELEASED", ENTITY, transfer.getId())
					.field("status", PayoutTransferStatus.ON_HOLD, transfer.getStatus())
					.value("amount", transfer.getAmount()), transfer, PaymentManagement.RAZORPAY);
			}
		}
		catch (PaymentGatewayException refused) {
			log.warn("Payout transfer {} for order {} not done at Razorpay: {}", transfer.getId(),
					transfer.getOrderNumber(), refused.getMessage());
			failed(transfer, refused.getMessage());
		}
	}

	private void failed(PayoutTransfer transfer, String error) {
		transfer.submissionFailed(error, now());
		audit(AuditedChange.of("PAYOUT_TRANSFER_FAILED", ENTITY, transfer.getId())
			.value("status", transfer.getStatus())
			.value("error", transfer.getSubmitError()), transfer, PaymentManagement.RAZORPAY);
	}

	private Optional<GatewayTransfer> existing(PayoutTransfer transfer, @Nullable String razorpayPaymentId) {
		return gateway.transfersOf(razorpayPaymentId)
			.stream()
			.filter(candidate -> transfer.getId().toString().equals(candidate.notes().get("transferId")))
			.findFirst();
	}

	/**
	 * The team asks for a failed Razorpay call to be made again; the transfer as it is
	 * afterwards.
	 */
	public PayoutTransferView retry(UUID transferId, Actor admin) {
		PayoutTransfer transfer = transfers.findById(transferId)
			.orElseThrow(() -> new NotFoundException("There is no such payout transfer."));
		audit(AuditedChange.of("PAYOUT_TRANSFER_RETRIED", ENTITY, transfer.getId())
			.value("submitError", transfer.getSubmitError()), transfer, admin);
		advance(transferId);
		return PayoutTransferView.of(transfers.findById(transferId).orElseThrow());
	}

	/** In the background after the order was delivered: the payout's hold is lifted. */
	void releaseWhenDelivered(UUID orderId) {
		transfers.findByOrderIdForUpdate(orderId).ifPresent(transfer -> {
			if (transfer.releaseWhenDelivered(now())) {
				advance(transfer.getId());
			}
		});
	}

	/**
	 * Razorpay reports a transfer failed ({@code transfer.failed}): the team is shown it.
	 */
	public EventOutcome recordFailed(String razorpayTransferId, @Nullable String why) {
		return transfers.findByRazorpayTransferIdForUpdate(razorpayTransferId).map(transfer -> {
			failed(transfer, "Razorpay reports the transfer failed" + (why == null ? "" : ": " + why));
			return EventOutcome.APPLIED;
		}).orElse(EventOutcome.UNKNOWN_ORDER);
	}

	/** A manufacturer's new linked account takes the payouts that waited for one. */
	@EventListener
	void on(ManufacturerSaved saved) {
		String account = saved.razorpayAccountId();
		if (account == null) {
			return;
		}
		for (PayoutTransfer transfer : transfers.findForUpdate(saved.manufacturerId(),
				PayoutTransferStatus.AWAITING_ACCOUNT)) {
			if (transfer.linkTo(account, now())) {
				audit(AuditedChange.of("PAYOUT_TRANSFER_LINKED", ENTITY, transfer.getId())
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
	void takeBack(Refund refund) {
		transfers.findByPaymentIdForUpdate(refund.getPaymentId()).ifPresent(transfer -> {
			if (transfer.getStatus() == PayoutTransferStatus.REVERSED
					|| transfer.getStatus() == PayoutTransferStatus.CANCELLED) {
				return;
			}
			if (!transfer.isAtGateway()) {
				reduce(transfer, refund.isFullRefund() ? transfer.getAmount() : refund.getPayout(),
						refund.getId().toString(), "PAYOUT_TRANSFER_REDUCED");
				return;
			}
			BigDecimal share = refund.getPayout().min(transfer.getAmount());
			if (refund.isFullRefund() || share.signum() <= 0) {
				return;
			}
			String refundId = refund.getId().toString();
			boolean reversedBefore = gateway.reversalsOf(transfer.getRazorpayTransferId())
				.stream()
				.anyMatch(reversal -> refundId.equals(reversal.notes().get("refundId")));
			if (!reversedBefore) {
				gateway.reverseTransfer(transfer.getRazorpayTransferId(), Payment.paise(share),
						Map.of("refundId", refundId, "orderNumber", refund.getOrderNumber()));
			}
			reduce(transfer, share, refundId, "PAYOUT_TRANSFER_REVERSED");
		});
	}

	/** A full refund was handed to Razorpay, which pulls the transfer back with it. */
	void reversedWithFullRefund(Refund refund, String razorpayRefundId) {
		transfers.findByPaymentIdForUpdate(refund.getPaymentId())
			.filter(PayoutTransfer::isAtGateway)
			.ifPresent(
					transfer -> reduce(transfer, transfer.getAmount(), razorpayRefundId, "PAYOUT_TRANSFER_REVERSED"));
	}

	private void reduce(PayoutTransfer transfer, BigDecimal payout, String refundReference, String action) {
		BigDecimal before = transfer.getAmount();
		PayoutTransferStatus statusBefore = transfer.getStatus();
		transfer.reduceBy(payout, now());
		audit(AuditedChange.of(action, ENTITY, transfer.getId())
			.field("amount", before, transfer.getAmount())
			.field("status", statusBefore, transfer.getStatus())
			.value("refund", refundReference), transfer, PaymentManagement.RAZORPAY);
	}

	/**
	 * Transfers waiting for a linked account or whose last Razorpay call failed, oldest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<PayoutTransferView> needingAttention() {
		return transfers.needingAttention().stream().map(PayoutTransferView::of).toList();
	}

	private void audit(AuditedChange change, PayoutTransfer transfer, Actor actor) {
		events.publishEvent(change.value("orderId", transfer.getOrderId()).by(actor));
	}

	private Instant now() {
		return clock.instant();
	}

	/** A payout transfer as the team's pages show it. */
	public record PayoutTransferView(UUID id, UUID paymentId, UUID orderId, String orderNumber, UUID manufacturerId,
			@Nullable String linkedAccountId, BigDecimal amount, PayoutTransferStatus status,
			@Nullable String submitError) {

		static PayoutTransferView of(PayoutTransfer transfer) {
			return new PayoutTransferView(transfer.getId(), transfer.getPaymentId(), transfer.getOrderId(),
					transfer.getOrderNumber(), transfer.getManufacturerId(), transfer.getLinkedAccountId(),
					transfer.getAmount(), transfer.getStatus(), transfer.getSubmitError());
		}

		public String amountText() {
			return Money.format(amount);
		}
	}

}
