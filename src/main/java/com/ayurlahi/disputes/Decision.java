package com.ayurlahi.disputes;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The team's decision on an escalated dispute: how it is resolved, the units and amounts
 * per line (for a partial refund; a refund in full or a replacement takes the disputed
 * units unless lines name fewer), and a note the parties read (the reason, for a
 * rejection).
 */
public record Decision(DisputeResolution resolution, List<OfferLine> lines, @Nullable String note) {

	public Decision {
		lines = List.copyOf(lines);
	}

}
