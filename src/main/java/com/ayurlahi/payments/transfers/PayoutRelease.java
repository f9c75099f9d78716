package com.ayurlahi.payments.transfers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.PaymentSettings;
import com.ayurlahi.payments.gateway.GatewayCallDue.TransferDue;

/**
 * When a payout's hold is lifted: an order's delivery starts its dispute window (the
 * longer of {@code ayurlahi.payments.payout-release-after-delivery} and the window the
 * clinic's plan gave the order, {@link OrderView#disputeWindowDays()}: a payout is never
 * released while the clinic may still report a problem), and once the window has closed
 * and no dispute holds the payout ({@link PayoutHolds}) the payout-release job makes its
 * release due, one transfer per transaction. The call to Razorpay follows after commit
 * ({@link TransferDue}, {@link PayoutTransferSubmission#advance}). Each step looks at the
 * locked transfer again, so a step done twice, or by two runs at once, changes it once;
 * every change is audited.
 */
@Service
@Transactional
public class PayoutRelease {

	private final PayoutTransfers transfers;

	private final OrderManagement orders;

	private final PaymentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PayoutRelease(PayoutTransfers transfers, OrderManagement orders, PaymentSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.transfers = transfers;
		this.orders = orders;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * After the order was delivered {@code at} (in the background): its payout is to be
	 * released once the dispute window has passed; at once when the window is already
	 * over.
	 */
	public void delivered(UUID orderId, Instant at) {
		transfers.findByOrderIdForUpdate(orderId).ifPresent(transfer -> {
			if (transfer.delivered(at, windowOf(orderId), now())) {
				events.publishEvent(transfer.audited(
						AuditedChange.of("PAYOUT_TRANSFER_RELEASE_SCHEDULED", PayoutTransfer.ENTITY, transfer.getId())
							.value("deliveredAt", transfer.getDeliveredAt())
							.value("releaseAt", transfer.getReleaseAt()),
						Actor.system()));
				releaseIfWindowClosed(transfer);
			}
		});
	}

	/**
	 * The transfers whose dispute window has closed by now and that no dispute holds, the
	 * longest waiting first, at most {@code max}: what the payout-release job releases.
	 */
	@Transactional(readOnly = true)
	public List<UUID> windowClosed(int max) {
		return transfers.windowClosedBy(now(), Limit.of(max));
	}

	/**
	 * The job's step for one transfer: its release becomes due if its window has closed
	 * and no dispute holds it (looked at again under the transfer's lock). Whether it
	 * became due.
	 */
	public boolean releaseIfWindowClosed(UUID transferId) {
		return transfers.findForUpdate(transferId).map(this::releaseIfWindowClosed).orElse(false);
	}

	private boolean releaseIfWindowClosed(PayoutTransfer transfer) {
		if (!transfer.releaseIfWindowClosed(now())) {
			return false;
		}
		events.publishEvent(transfer
			.audited(AuditedChange.of("PAYOUT_TRANSFER_RELEASE_DUE", PayoutTransfer.ENTITY, transfer.getId())
				.value("releaseAt", transfer.getReleaseAt())
				.value("status", transfer.getStatus()), Actor.system()));
		if (transfer.hasGatewayWork()) {
			events.publishEvent(new TransferDue(transfer.getId()));
		}
		return true;
	}

	/**
	 * How long after delivery the order's payout waits: the configured time, or the
	 * order's dispute window when that is longer.
	 */
	private Duration windowOf(UUID orderId) {
		Duration configured = settings.payoutReleaseAfterDelivery();
		Integer days = orders.find(orderId).disputeWindowDays();
		return days == null || Duration.ofDays(days).compareTo(configured) <= 0 ? configured : Duration.ofDays(days);
	}

	private Instant now() {
		return clock.instant();
	}

}
