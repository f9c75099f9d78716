package com.ayurlahi.disputes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.common.validation.PlainText;

/**
 * The clinic's report form: a row per supplied line of the order (units left empty or 0
 * are not disputed, each disputed one with its reason), and what happened.
 */
record ReportFormData(@Nullable List<Line> lines,
		@Size(max = 2000) @PlainText(multiLine = true) @Nullable String description) {

	static ReportFormData blank(OrderView order) {
		List<Line> lines = new ArrayList<>();
		order.items()
			.stream()
			.filter(item -> !item.cancelled())
			.forEach(item -> lines.add(new Line(item.id(), null, null)));
		return new ReportFormData(lines, null);
	}

	/**
	 * The form as the page shows it again: a row for every supplied line, the ones posted
	 * as they were, the ones missing as they start.
	 */
	ReportFormData completedFor(OrderView order) {
		List<Line> rows = new ArrayList<>(rows());
		List<Line> blank = blank(order).rows();
		for (int i = rows.size(); i < blank.size(); i++) {
			rows.add(blank.get(i));
		}
		return new ReportFormData(rows, description);
	}

	public List<Line> rows() {
		return lines == null ? List.of() : lines;
	}

	NewDispute toNewDispute(UUID orderId) {
		List<NewDispute.Line> disputed = new ArrayList<>();
		for (Line line : rows()) {
			if (line.quantity() != null && line.quantity() > 0 && line.orderItemId() != null) {
				disputed.add(new NewDispute.Line(line.orderItemId(), line.quantity(),
						line.reason() == null ? DisputeReason.OTHER : line.reason()));
			}
		}
		return new NewDispute(orderId, disputed, description == null ? "" : description);
	}

	/** A line of the order: how many units are disputed, and why. */
	record Line(@Nullable UUID orderItemId, @Nullable Integer quantity, @Nullable DisputeReason reason) {
	}

}
