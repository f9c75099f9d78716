package com.ayurlahi.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.orders.OrderView;

/**
 * How one captured payment splits: the platform's commission (each item's taxable value
 * at its snapshot rate, rounded per item), GST on the commission, TCS on the net taxable
 * value, and the manufacturer's payout, which is what is left, so the parts always add up
 * to the captured amount. Read back from the ledger, the parts are net of refunds
 * ({@code refunded} is what went back to the clinic), with the state of the payout's
 * transfer and what holds it.
 *
 * @param transfer where the payout's transfer stands; null when there is none
 * @param payoutHeldUntil when the dispute window of the delivered order closes, while the
 * payout waits for it (its release is not yet due)
 * @param payoutHeldByDispute the number of an open dispute that holds the payout
 */
public record Settlement(UUID paymentId, UUID orderId, String orderNumber, UUID manufacturerId, BigDecimal captured,
		BigDecimal refunded, BigDecimal commission, BigDecimal commissionGst, BigDecimal tcs, BigDecimal payout,
		Instant recordedAt, @Nullable PayoutTransferStatus transfer, @Nullable Instant payoutHeldUntil,
		@Nullable String payoutHeldByDispute) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The split of {@code captured} for the items of {@code order} that were not
	 * cancelled.
	 * @param commissionGstRate GST on the commission, in percent (18)
	 * @param tcsRate TCS under section 52, in percent of the net taxable value (0.5)
	 */
	public static Settlement of(UUID paymentId, OrderView order, BigDecimal captured, BigDecimal commissionGstRate,
			BigDecimal tcsRate, Instant at) {
		List<Line> supplied = order.items()
			.stream()
			.filter(item -> !item.cancelled())
			.map(item -> new Line(item.taxableValue(), item.commissionRate()))
			.toList();
		return of(paymentId, order.id(), order.orderNumber(), order.manufacturerId(), supplied, captured,
				commissionGstRate, tcsRate, at);
	}

	/** The split of {@code captured} for the supplied lines of an order. */
	static Settlement of(UUID paymentId, UUID orderId, String orderNumber, UUID manufacturerId, List<Line> supplied,
			BigDecimal captured, BigDecimal commissionGstRate, BigDecimal tcsRate, Instant at) {
		BigDecimal commission = commission(supplied);
		BigDecimal netTaxable = taxable(supplied);
		BigDecimal commissionGst = percent(commission, commissionGstRate);
		BigDecimal tcs = percent(netTaxable, tcsRate);
		BigDecimal payout = captured.subtract(commission).subtract(commissionGst).subtract(tcs);
		if (payout.signum() < 0) {
			throw new IllegalStateException(
					"Commission, its GST and TCS exceed the amount captured for " + orderNumber);
		}
		return new Settlement(paymentId, orderId, orderNumber, manufacturerId, captured.setScale(2),
				BigDecimal.ZERO.setScale(2), commission, commissionGst, tcs, payout.setScale(2), at, null, null, null);
	}

	/** The capture's split as a share: what a refund of the whole payment takes back. */
	Share share() {
		return new Share(captured, commission, commissionGst, tcs, payout);
	}

	/**
	 * The share of the settlement a refund of {@code refund} takes back when the supplied
	 * lines go from {@code before} to {@code after}: the split of what was supplied less
	 * the split of what still is, each rounded as the settlement rounds it, and the rest
	 * of the refund from the payout. Refunds taken one after another thus add up to the
	 * settlement of what they took away, to the paisa, and what is kept is always the
	 * split of what is still supplied.
	 */
	public static Share removing(BigDecimal refund, List<Line> before, List<Line> after, BigDecimal commissionGstRate,
			BigDecimal tcsRate) {
		BigDecimal commissionBefore = commission(before);
		BigDecimal commissionAfter = commission(after);
		BigDecimal commission = commissionBefore.subtract(commissionAfter);
		BigDecimal commissionGst = percent(commissionBefore, commissionGstRate)
			.subtract(percent(commissionAfter, commissionGstRate));
		BigDecimal tcs = percent(taxable(before), tcsRate).subtract(percent(taxable(after), tcsRate));
		return new Share(refund.setScale(2), commission, commissionGst, tcs,
				refund.subtract(commission).subtract(commissionGst).subtract(tcs).setScale(2));
	}

	private static BigDecimal commission(List<Line> lines) {
		return lines.stream()
			.map(line -> percent(line.taxableValue(), line.commissionRate()))
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	private static BigDecimal taxable(List<Line> lines) {
		return lines.stream().map(Line::taxableValue).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/**
	 * An amount and the parts of a settlement it moves: each part is rounded on its own
	 * and the payout takes what is left, so the parts add up to the amount.
	 */
	public record Share(BigDecimal amount, BigDecimal commission, BigDecimal commissionGst, BigDecimal tcs,
			BigDecimal payout) {

		public static final Share NONE = new Share(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

		public Share minus(Share other) {
			return new Share(amount.subtract(other.amount), commission.subtract(other.commission),
					commissionGst.subtract(other.commissionGst), tcs.subtract(other.tcs),
					payout.subtract(other.payout));
		}

		public Share plus(Share other) {
			return new Share(amount.add(other.amount), commission.add(other.commission),
					commissionGst.add(other.commissionGst), tcs.add(other.tcs), payout.add(other.payout));
		}

		public boolean isNothing() {
			return amount.signum() == 0;
		}
	}

	/**
	 * An order line that was supplied: its taxable value and the commission rate frozen
	 * when it was ordered.
	 */
	public record Line(BigDecimal taxableValue, BigDecimal commissionRate) {
	}

	static BigDecimal percent(BigDecimal amount, BigDecimal rate) {
		return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
	}

	/** Whether the parts add up to the captured amount, to the paisa. */
	public boolean balances() {
		return commission.add(commissionGst).add(tcs).add(payout).compareTo(captured.subtract(refunded)) == 0;
	}

	/**
	 * Whether the payout is still to be released: its transfer waits for a linked
	 * account, is being set up or is on hold.
	 */
	public boolean payoutHeld() {
		return transfer == PayoutTransferStatus.AWAITING_ACCOUNT || transfer == PayoutTransferStatus.PENDING
				|| transfer == PayoutTransferStatus.ON_HOLD;
	}

	/** The open dispute that holds the payout, if one does and it is not yet released. */
	public @Nullable String heldByDispute() {
		return payoutHeld() ? payoutHeldByDispute : null;
	}

	/**
	 * When the dispute window closes, if the payout, set up at Razorpay, waits for it
	 * (and for no dispute).
	 */
	public @Nullable Instant heldUntil() {
		return (transfer == PayoutTransferStatus.PENDING || transfer == PayoutTransferStatus.ON_HOLD)
				&& heldByDispute() == null ? payoutHeldUntil : null;
	}

	/** What the clinic paid and kept paid: captured less refunded. */
	public BigDecimal kept() {
		return captured.subtract(refunded);
	}
}
