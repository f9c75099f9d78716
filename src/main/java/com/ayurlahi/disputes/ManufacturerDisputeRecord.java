package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A manufacturer's record with disputes: of its shipped orders, how many were disputed
 * ({@link #rate()}, in percent), how many disputes in all, the median time it took to
 * answer one, and how many it let pass its deadline.
 */
public record ManufacturerDisputeRecord(@Nullable UUID manufacturerId, String manufacturerName, long shippedOrders,
		long disputedOrders, long disputes, @Nullable Duration medianResponse, long missedDeadlines) {

	/**
	 * Disputed orders in percent of shipped orders, to one decimal; zero when none
	 * shipped.
	 */
	public BigDecimal rate() {
		if (shippedOrders == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(disputedOrders * 100)
			.divide(BigDecimal.valueOf(shippedOrders), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The median response time in hours, to one decimal, or null when it never answered.
	 */
	public @Nullable BigDecimal medianResponseHours() {
		return medianResponse == null ? null : BigDecimal.valueOf(medianResponse.toMinutes())
			.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
	}

}
