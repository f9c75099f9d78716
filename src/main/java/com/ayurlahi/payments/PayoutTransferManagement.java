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

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerSaved;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.payments.GatewayWorkDue.TransferDue;
import com.ayurlahi.payments.PaymentGateway.GatewayTransfer;

/**
 * Razorpay Route for the manufacturers' payouts. After a capture the payout is transferred to the
 * manufacturer's linked account, held until the order is delivered and then released. A manufacturer without a
 * linked account is shown to the team and its payouts wait with the platform; setting the account sends them.
 * Refunds take their share back (see {@link RefundManagement}). Razorpay is called after the deciding
 * transaction commits; every change is audited.
 */
@Service
@Transactional
public class PayoutTransferManagement {

    private static final Logger log = LoggerFactory.getLogger(PayoutTransferManagement.class);
    static final String ENTITY = "PayoutTransfer";

    private final PayoutTransfers transfers;
    private final Payments payments;
    private final ManufacturerManagement manufacturers;
    private final PaymentGateway gateway;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayoutTransferManagement(PayoutTransfers transfers, Payments payments, ManufacturerManagement manufacturers,
            PaymentGateway gateway, ApplicationEventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.payments = payments;
        this.manufacturers = manufacturers;
        this.gateway = gateway;
        this.events = events;
        this.clock = clock;
    }

    /** In the capture's transaction: the payout of {@code settlement} is to go to the manufacturer. */
    void open(Payment payment, Settlement settlement) {
        String account = manufacturers.find(settlement.manufacturerId()).map(m -> m.getRazorpayAccountId()).orElse(null);
        PayoutTransfer transfer = transfers.save(new PayoutTransfer(payment, settlement.manufacturerId(), account,
                settlement.payout(), now()));
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
     * Does what the transfer needs at Razorpay: sets it up on hold (or adopts the one a crash left unrecorded),
     * then lifts the hold once the order is delivered. A failure is recorded on the transfer and tried again
     * the next time something is due, or when the team asks.
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
                GatewayTransfer created = existing(transfer, razorpayPaymentId).orElseGet(() -> gateway.transfer(
                        razorpayPaymentId, transfer.getLinkedAccountId(), transfer.getAmountPaise(),
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
        } catch (PaymentGatewayException failed) {
            log.warn("Payout transfer {} for order {} not done at Razorpay: {}", transfer.getId(), transfer.getOrderNumber(),
                    failed.getMessage());
            transfer.submissionFailed(failed.getMessage(), now());
        }
    }

    private Optional<GatewayTransfer> existing(PayoutTransfer transfer, @Nullable String razorpayPaymentId) {
        return gateway.transfersOf(razorpayPaymentId).stream()
                .filter(candidate -> transfer.getId().toString().equals(candidate.notes().get("transferId")))
                .findFirst();
    }

    /** The team asks for a failed Razorpay call to be made again. */
    public void retry(UUID transferId, Actor admin) {
        PayoutTransfer transfer = transfers.findById(transferId)
                .orElseThrow(() -> new com.ayurlahi.common.NotFoundException("There is no such payout transfer."));
        audit(AuditedChange.of("PAYOUT_TRANSFER_RETRIED", ENTITY, transfer.getId())
                .value("submitError", transfer.getSubmitError()), transfer, admin);
        advance(transferId);
    }

    /** A delivered order's payout is released. */
    @EventListener
    void on(OrderStatusChanged change) {
        if (change.to() != OrderStatus.DELIVERED && change.to() != OrderStatus.PARTIALLY_FULFILLED) {
            return;
        }
        transfers.findByOrderIdForUpdate(change.orderId()).ifPresent(transfer -> {
            if (transfer.releaseWhenDelivered(now()) && transfer.hasGatewayWork()) {
                events.publishEvent(new TransferDue(transfer.getId()));
            }
        });
    }

    /** A manufacturer's new linked account takes the payouts that waited for one. */
    @EventListener
    void on(ManufacturerSaved saved) {
        String account = saved.razorpayAccountId();
        if (account == null) {
            return;
        }
        for (PayoutTransfer transfer : transfers.findForUpdate(saved.manufacturerId(), PayoutTransferStatus.AWAITING_ACCOUNT)) {
            if (transfer.linkTo(account, now())) {
                audit(AuditedChange.of("PAYOUT_TRANSFER_LINKED", ENTITY, transfer.getId())
                        .field("status", PayoutTransferStatus.AWAITING_ACCOUNT, transfer.getStatus())
                        .value("linkedAccountId", account), transfer, Actor.system());
                events.publishEvent(new TransferDue(transfer.getId()));
            }
        }
    }

    /**
     * In a refund's transaction: the payout still to be sent gives up {@code payout}. A transfer already at
     * Razorpay is reversed there instead, when the refund is handed over.
     */
    void reduceUnsent(UUID paymentId, BigDecimal payout, Actor actor) {
        transfers.findByPaymentIdForUpdate(paymentId).filter(transfer -> !transfer.isAtGateway()).ifPresent(transfer -> {
            BigDecimal before = transfer.getAmount();
            transfer.reduceBy(payout, now());
            audit(AuditedChange.of("PAYOUT_TRANSFER_REDUCED", ENTITY, transfer.getId())
                    .field("amount", before, transfer.getAmount())
                    .value("status", transfer.getStatus()), transfer, actor);
        });
    }

    /** The payment's transfer as it is at Razorpay, locked, when a refund must take money back from it there. */
    Optional<PayoutTransfer> atGatewayForUpdate(UUID paymentId) {
        return transfers.findByPaymentIdForUpdate(paymentId).filter(PayoutTransfer::isAtGateway);
    }

    /** After a refund reversed {@code payout} of the transfer at Razorpay. */
    void recordReversal(PayoutTransfer transfer, BigDecimal payout, String refundReference) {
        BigDecimal before = transfer.getAmount();
        transfer.reduceBy(payout, now());
        audit(AuditedChange.of("PAYOUT_TRANSFER_REVERSED", ENTITY, transfer.getId())
                .field("amount", before, transfer.getAmount())
                .value("refund", refundReference)
                .value("status", transfer.getStatus()), transfer, PaymentManagement.RAZORPAY);
    }

    /** Transfers waiting for a linked account or whose last Razorpay call failed, oldest first. */
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
            @Nullable String linkedAccountId, BigDecimal amount, PayoutTransferStatus status, @Nullable String submitError) {

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
