package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.payments.refunds.RefundQueries;
import com.ayurlahi.payments.refunds.RefundRequesting;

/**
 * What the payments module does for claims about delivered goods (the disputes module's
 * view of it): what of each order line can still be refunded, a refund of the lines a
 * claim settled (asked for in the decision's transaction, handed to Razorpay after
 * commit, taking back its share of the settlement and of the manufacturer's payout, and
 * followed by the manufacturer's credit note once processed), and how that refund stands.
 */
@Service
public class ClaimPayments {

	private final RefundRequesting requesting;

	private final RefundQueries queries;

	ClaimPayments(RefundRequesting requesting, RefundQueries queries) {
		this.requesting = requesting;
		this.queries = queries;
	}

	/**
	 * What of each line of the order can still be refunded (by order item), GST included;
	 * empty when the order has no settled payment.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, BigDecimal> refundable(UUID orderId) {
		return requesting.refundable(orderId);
	}

	/**
	 * In the caller's transaction: refunds the lines of {@code claim} (its number).
	 * @return the refund asked for
	 * @throws ConflictException when a line asks for more than is left of it, or the
	 * order has no settled payment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID refund(UUID orderId, String claim, List<ClaimLine> lines, String reason, Actor actor) {
		return requesting.refundClaim(orderId, claim, lines, reason, actor);
	}

	/**
	 * The claim's refund as it stands (its replacement, if it failed and was asked
	 * again).
	 */
	@Transactional(readOnly = true)
	public Optional<ClaimRefund> refundOf(UUID refundId) {
		return queries.ofClaim(refundId);
	}

	/** The lines a claim's refund gave back; none for a refund of a cancellation. */
	@Transactional(readOnly = true)
	public List<RefundedLine> refundedLines(UUID refundId) {
		return queries.linesOf(refundId);
	}

}
