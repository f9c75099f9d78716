package com.ayurlahi.payments.refunds;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.payments.ClaimRefund;
import com.ayurlahi.payments.RefundedLine;
import com.ayurlahi.users.AuthenticatedUser;

/** The refunds as the portals and the team's pages read them. */
@Service
@Transactional(readOnly = true)
public class RefundQueries {

	private final Refunds refunds;

	private final OrderManagement orders;

	RefundQueries(Refunds refunds, OrderManagement orders) {
		this.refunds = refunds;
		this.orders = orders;
	}

	/** An order's refunds, oldest first, for whoever may see the order. */
	public List<RefundView> forOrder(UUID orderId, AuthenticatedUser viewer) {
		orders.get(orderId, viewer);
		List<Refund> list = refunds.findByOrderIdOrderByCreatedAt(orderId);
		List<UUID> askedAgain = list.isEmpty() ? List.of()
				: refunds.replacedAmong(list.stream().map(Refund::getId).toList());
		return list.stream().map(refund -> RefundView.of(refund, askedAgain.contains(refund.getId()))).toList();
	}

	/** Every refund, newest first, for the team. */
	public Page<RefundView> recent(Pageable pageable) {
		Page<Refund> page = refunds.recent(pageable);
		List<UUID> askedAgain = page.isEmpty() ? List.of()
				: refunds.replacedAmong(page.map(Refund::getId).getContent());
		return page.map(refund -> RefundView.of(refund, askedAgain.contains(refund.getId())));
	}

	/**
	 * A claim's refund as it stands: the one asked for, or, once that failed and was
	 * asked for again, its replacement.
	 */
	public Optional<ClaimRefund> ofClaim(UUID refundId) {
		Optional<Refund> found = refunds.findById(refundId);
		while (found.isPresent()) {
			Optional<Refund> again = refunds.findByReplaces(found.get().getId());
			if (again.isEmpty()) {
				break;
			}
			found = again;
		}
		return found.map(refund -> new ClaimRefund(refund.getId(), refund.getAmount(), refund.getStatus().name(),
				refund.getStatus().label(), refund.getProcessedAt(), refund.getLines()));
	}

	/** The lines a refund gives back; none for a refund of a cancellation. */
	public List<RefundedLine> linesOf(UUID refundId) {
		return refunds.findById(refundId).map(Refund::getLines).orElse(List.of());
	}

	/**
	 * Whether Razorpay was handed a refund of the payment: it then takes no transfer from
	 * it.
	 */
	public boolean handedToRazorpay(UUID paymentId) {
		return refunds.findByPaymentIdOrderByCreatedAt(paymentId)
			.stream()
			.anyMatch(refund -> refund.getRazorpayRefundId() != null);
	}

}
