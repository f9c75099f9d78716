package com.ayurlahi.payments;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The payments as the portals and {@code /api/payments} read them: the clinic that pays
 * sees its own, ADMIN and SUPPORT see all; to anyone else they do not exist.
 */
@Service
@Transactional(readOnly = true)
public class PaymentQueries {

	private final Payments payments;

	private final OrderManagement orders;

	PaymentQueries(Payments payments, OrderManagement orders) {
		this.payments = payments;
		this.orders = orders;
	}

	/**
	 * A payment as {@code viewer} may see it: the clinic that pays, ADMIN and SUPPORT.
	 */
	public PaymentView get(UUID paymentId, AuthenticatedUser viewer) {
		return payments.findById(paymentId)
			.filter(payment -> payment.isVisibleTo(viewer))
			.map(PaymentView::of)
			.orElseThrow(Payment::notFound);
	}

	/** An order's payments, newest first, as {@code viewer} may see them. */
	public List<PaymentView> forOrder(UUID orderId, AuthenticatedUser viewer) {
		if (viewer.role() == Role.CLINIC) {
			orders.get(orderId, viewer);
		}
		else if (viewer.role() != Role.ADMIN && viewer.role() != Role.SUPPORT) {
			throw Payment.notFound();
		}
		return payments.findByOrderIdOrderByCreatedAtDesc(orderId).stream().map(PaymentView::of).toList();
	}

	/**
	 * Every payment for the team, newest first: by status, or only those flagged for
	 * review.
	 */
	public Page<PaymentView> search(@Nullable PaymentStatus status, boolean flaggedOnly, Pageable pageable) {
		return payments.search(status, flaggedOnly, pageable).map(PaymentView::of);
	}

}
