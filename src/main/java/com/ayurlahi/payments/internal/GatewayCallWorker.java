package com.ayurlahi.payments.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderStatusChanged;
import com.ayurlahi.payments.gateway.GatewayCallDue;
import com.ayurlahi.payments.gateway.GatewayCallDue.LinkDue;
import com.ayurlahi.payments.gateway.GatewayCallDue.RefundDue;
import com.ayurlahi.payments.gateway.GatewayCallDue.TransferDue;
import com.ayurlahi.payments.links.PaymentLinkSubmission;
import com.ayurlahi.payments.refunds.RefundSubmission;
import com.ayurlahi.payments.transfers.PayoutRelease;
import com.ayurlahi.payments.transfers.PayoutTransferSubmission;

/**
 * The worker that makes the Razorpay calls refunds, payout transfers and payment links
 * are due ({@link GatewayCallDue}), in the background after the decision is committed, so
 * that no request (a cancellation, a delivery, a WhatsApp checkout) waits on Razorpay or
 * on rows held meanwhile. Its listeners are {@code @ApplicationModuleListener}s: the
 * calls must survive a crash, so they come from the event publication registry, which
 * delivers them again after a restart. A refund's submission manages its own short
 * transactions around each step, and a payment link's keeps none open while Razorpay
 * answers ({@code NOT_SUPPORTED}); a transfer is advanced in the listener's transaction,
 * which holds the transfer while Razorpay answers. A call that fails is recorded on the
 * refund, transfer or link (refunds and transfers for the team, who can have them tried
 * again; a link that could not be made is made anew when it is asked for again).
 */
@Component
class GatewayCallWorker {

	private final RefundSubmission refunds;

	private final PayoutTransferSubmission transfers;

	private final PayoutRelease releases;

	private final PaymentLinkSubmission links;

	GatewayCallWorker(RefundSubmission refunds, PayoutTransferSubmission transfers, PayoutRelease releases,
			PaymentLinkSubmission links) {
		this.refunds = refunds;
		this.transfers = transfers;
		this.releases = releases;
		this.links = links;
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.GATEWAY)
	void on(RefundDue due) {
		refunds.submit(due.refundId());
	}

	@ApplicationModuleListener
	@Async(Lanes.GATEWAY)
	void on(TransferDue due) {
		transfers.advance(due.transferId());
	}

	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	@Async(Lanes.GATEWAY)
	void on(LinkDue due) {
		links.advance(due.linkId());
	}

	/**
	 * A delivered order's payout is released once its dispute window has passed: the
	 * window starts here, in the background so that marking the order delivered never
	 * waits on the payout's row (the payout-release job releases it when the window
	 * closes). The listener keeps its name and place so that deliveries stored before the
	 * dispute window existed are still heard.
	 */
	@ApplicationModuleListener
	@Async(Lanes.GATEWAY)
	void on(OrderStatusChanged change) {
		if (change.to() == OrderStatus.DELIVERED || change.to() == OrderStatus.PARTIALLY_FULFILLED) {
			releases.delivered(change.orderId(), change.at());
		}
	}

}
