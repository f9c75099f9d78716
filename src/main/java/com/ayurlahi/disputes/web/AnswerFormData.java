package com.ayurlahi.disputes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.Decision;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.disputes.ManufacturerResponse;
import com.ayurlahi.disputes.OfferLine;
import com.ayurlahi.common.validation.PlainText;

/**
 * The manufacturer's answer or the admin's decision: what is done ({@code action}:
 * ACCEPT, OFFER or CONTEST; or a {@link DisputeResolution}), units and amounts per line,
 * a note, and how a replacement ships.
 */
record AnswerFormData(@Nullable String action, @Nullable List<Line> lines,
		@Size(max = 1000) @PlainText(multiLine = true) @Nullable String note,
		@Size(max = 60) @PlainText @Nullable String carrier,
		@Size(max = 60) @PlainText @Nullable String trackingNumber) {

	static AnswerFormData blank(DisputeView dispute) {
		List<Line> lines = new ArrayList<>();
		dispute.lines().forEach(line -> lines.add(new Line(line.orderItemId(), line.quantity(), null)));
		return new AnswerFormData(null, lines, null, null, null);
	}

	/**
	 * The form as the page shows it again: a row for every disputed line, the ones posted
	 * as they were, the ones missing (a contest posts none) as they start.
	 */
	AnswerFormData completedFor(DisputeView dispute) {
		List<Line> rows = new ArrayList<>(lines == null ? List.of() : lines);
		List<Line> blank = blank(dispute).lines();
		for (int i = rows.size(); i < blank.size(); i++) {
			rows.add(blank.get(i));
		}
		return new AnswerFormData(action, rows, note, carrier, trackingNumber);
	}

	List<OfferLine> offered() {
		List<OfferLine> offered = new ArrayList<>();
		if (lines != null) {
			for (Line line : lines) {
				if (line.orderItemId() != null && line.amount() != null) {
					offered.add(new OfferLine(line.orderItemId(), line.quantity() == null ? 0 : line.quantity(),
							line.amount()));
				}
			}
		}
		return offered;
	}

	ManufacturerResponse toResponse() {
		ManufacturerResponse.Action chosen = ManufacturerResponse.Action.valueOf(String.valueOf(action));
		boolean replacement = chosen == ManufacturerResponse.Action.ACCEPT
				&& (carrier != null && !carrier.isBlank() || trackingNumber != null && !trackingNumber.isBlank());
		return new ManufacturerResponse(chosen, chosen == ManufacturerResponse.Action.OFFER ? offered() : List.of(),
				note,
				replacement ? new ManufacturerResponse.Shipment(String.valueOf(carrier), String.valueOf(trackingNumber))
						: null);
	}

	Decision toDecision() {
		DisputeResolution resolution = DisputeResolution.valueOf(String.valueOf(action));
		return new Decision(resolution, resolution == DisputeResolution.REFUND_AMOUNT ? offered() : List.of(), note);
	}

	boolean hasAction(Class<? extends Enum<?>> kind) {
		if (action == null) {
			return false;
		}
		for (Enum<?> constant : kind.getEnumConstants()) {
			if (constant.name().equals(action)) {
				return true;
			}
		}
		return false;
	}

	/** Units and money for a disputed line. */
	record Line(@Nullable UUID orderItemId, @Nullable Integer quantity, @Nullable BigDecimal amount) {
	}

}
