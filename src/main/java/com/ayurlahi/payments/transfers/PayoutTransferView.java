package com.ayurlahi.payments.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.payments.PayoutTransferStatus;

/**
 * A payout transfer as the team's pages show it; {@code nextAttemptAt} when Razorpay was
 * out of reach and the call is made again by itself then.
 */
public record PayoutTransferView(UUID id, UUID paymentId, UUID orderId, String orderNumber, UUID manufacturerId,
		@Nullable String linkedAccountId, BigDecimal amount, PayoutTransferStatus status, @Nullable String submitError,
		@Nullable Instant nextAttemptAt) {

	static PayoutTransferView of(PayoutTransfer transfer) {
		return new PayoutTransferView(transfer.getId(), transfer.getPaymentId(), transfer.getOrderId(),
				transfer.getOrderNumber(), transfer.getManufacturerId(), transfer.getLinkedAccountId(),
				transfer.getAmount(), transfer.getStatus(), transfer.getSubmitError(),
				transfer.getRetry().nextAttemptAt());
	}

	public String amountText() {
		return Money.format(amount);
	}

}
