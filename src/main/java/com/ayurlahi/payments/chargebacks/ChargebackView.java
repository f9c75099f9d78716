package com.ayurlahi.payments.chargebacks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A chargeback as the team's pages and other modules read it.
 *
 * @param id our id of the chargeback
 * @param razorpayDisputeId Razorpay's id of the dispute ({@code disp_…})
 * @param paymentId our payment that is disputed
 * @param orderId the order the payment paid for
 * @param amount the disputed amount, in rupees
 * @param amountDeducted what Razorpay took from the platform's balance for it, in rupees
 * (0 until the dispute is lost, unless Razorpay deducts at onset)
 * @param reasonCode the network's or Razorpay's reason code, if Razorpay gave one
 * @param phase Razorpay's phase: {@code chargeback}, {@code pre_arbitration},
 * {@code arbitration}, {@code fraud} or {@code retrieval}
 * @param respondBy the deadline for the team's answer in Razorpay's dashboard, if any
 * @param createdAt when Razorpay opened the dispute
 * @param updatedAt when a report of Razorpay's last changed it here
 * @param razorpayPaymentId Razorpay's id of the disputed payment
 * @param currency the currency of the amounts (INR)
 * @param lastEvent the webhook event that last changed it, such as
 * {@code payment.dispute.action_required}
 */
@NamedInterface("chargebacks")
public record ChargebackView(UUID id, String razorpayDisputeId, UUID paymentId, UUID orderId, String orderNumber,
		BigDecimal amount, BigDecimal amountDeducted, @Nullable String reasonCode, @Nullable String reasonDescription,
		String phase, ChargebackStatus status, @Nullable Instant respondBy, Instant createdAt, Instant updatedAt,
		String razorpayPaymentId, String currency, String lastEvent) {

	/** Whether the dispute is still going on: not won, lost or closed. */
	public boolean isOpen() {
		return !status.isFinal();
	}

	/** Whether it is still open and its respond-by date has passed at {@code now}. */
	public boolean isOverdueAt(Instant now) {
		return isOpen() && respondBy != null && respondBy.isBefore(now);
	}

	/**
	 * Whether Razorpay's last word was that the evidence submitted is not enough: the
	 * team must add to it.
	 */
	public boolean isActionRequired() {
		return isOpen() && lastEvent.endsWith(".action_required");
	}

	/** The phase as words: "pre arbitration" for {@code pre_arbitration}. */
	public String phaseLabel() {
		String words = phase.replace('_', ' ');
		return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

}
