package com.ayurlahi.payments.refunds;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.orders.OrderManagement;
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
	 * Whether Razorpay was handed a refund of the payment: it then takes no transfer from
	 * it.
	 */
	public boolean handedToRazorpay(UUID paymentId) {
		return refunds.findByPaymentIdOrderByCreatedAt(paymentId)
			.stream()
			.anyMatch(refund -> refund.getRazorpayRefundId() != null);
	}

}
