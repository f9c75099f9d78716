package com.ayurlahi.disputes;

import java.util.List;
import java.util.UUID;

/**
 * What a clinic reports about its order: the lines, units and reasons, and what happened.
 */
public record NewDispute(UUID orderId, List<Line> lines, String description) {

	public NewDispute {
		lines = List.copyOf(lines);
	}

	/** {@code quantity} units of an order line, and what is wrong with them. */
	public record Line(UUID orderItemId, int quantity, DisputeReason reason) {
	}

}
