package com.ayurlahi.payments.transfers;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.tax.Money;
import com.ayurlahi.payments.PayoutTransferStatus;

/** A payout transfer as the team's pages show it. */
public record PayoutTransferView(UUID id, UUID paymentId, UUID orderId, String orderNumber, UUID manufacturerId,
		@Nullable String linkedAccountId, BigDecimal amount, PayoutTransferStatus status,
		@Nullable String submitError) {

	static PayoutTransferView of(PayoutTransfer transfer) {
		return new PayoutTransferView(transfer.getId(), transfer.getPaymentId(), transfer.getOrderId(),
				transfer.getOrderNumber(), transfer.getManufacturerId(), transfer.getLinkedAccountId(),
				transfer.getAmount(), transfer.getStatus(), transfer.getSubmitError());
	}

	public String amountText() {
		return Money.format(amount);
	}

}
