package com.ayurlahi.disputes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * A clinic reports a problem with its order, or reopens a decided dispute. A report names
 * lines of the order that was supplied, units (never more than were supplied less those
 * in its other disputes) and a reason for each, within the window after delivery; at most
 * one dispute per order is open at a time (the database holds to that too).
 */
@Service
@Transactional
@EnableConfigurationProperties(DisputeSettings.class)
public class DisputeOpening {

	private static final int MAX_DESCRIPTION = 2000;

	private final Disputes disputes;

	private final OrderManagement orders;

	private final DisputeReads reads;

	private final DisputeSettings settings;

	private final Clock clock;

	DisputeOpening(Disputes disputes, OrderManagement orders, DisputeReads reads, DisputeSettings settings,
			Clock clock) {
		this.disputes = disputes;
		this.orders = orders;
		this.reads = reads;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Opens a dispute on the clinic's order; it waits for the manufacturer's answer.
	 * @throws ConflictException outside the window, or when another dispute of the order
	 * is open
	 * @throws InvalidInputException naming the line that asks for more than can be
	 * disputed, or the description
	 */
	public DisputeView open(NewDispute report, AuthenticatedUser clinic) {
		requireClinic(clinic);
		OrderView order = orders.get(report.orderId(), clinic);
		Instant now = clock.instant();
		DisputeWindow window = DisputeWindow.of(order, settings);
		requireWithin(order, window, report, now);
		List<Dispute> earlier = disputes.findByOrderIdOrderByOpenedAt(order.id());
		disputes.findByOpenOrderId(order.id()).ifPresent(open -> {
			throw new ConflictException("Dispute " + open.getDisputeNumber() + " about order " + order.orderNumber()
					+ " is still open; add to it instead.");
		});
		List<DisputeLine> lines = lines(report, order, earlier);
		String description = description(report.description());
		String number = "AYR-D-" + IndianTime.today(clock).getYear() + "-"
				+ String.format("%06d", disputes.nextNumber());
		Dispute dispute = Dispute.open(number, DisputedOrder.of(order, orders.accountsOf(order.id())), lines,
				description, actor(clinic), settings.responseTime(), now);
		try {
			disputes.saveAndFlush(dispute);
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			throw new ConflictException("Another dispute about order " + order.orderNumber() + " was just opened.");
		}
		return reads.view(dispute, clinic);
	}

	/**
	 * Reopens a decided dispute, once, within a week of the decision, after the clinic
	 * added new evidence: it goes straight to the team.
	 */
	public DisputeView reopen(UUID disputeId, @Nullable String note, AuthenticatedUser clinic) {
		requireClinic(clinic);
		Dispute dispute = reads.lockedFor(disputeId, clinic);
		Instant decidedAt = dispute.getDecidedAt();
		boolean newEvidence = decidedAt != null
				&& dispute.getEvidence().stream().anyMatch(file -> file.uploadedAt().isAfter(decidedAt));
		if (dispute.getStatus().isDecided() && !newEvidence) {
			throw new ConflictException("Add a new photo or document first: a dispute is reopened with new evidence.");
		}
		disputes.findByOpenOrderId(dispute.getOrderId()).ifPresent(open -> {
			throw new ConflictException("Dispute " + open.getDisputeNumber() + " about this order is open.");
		});
		dispute.reopen(note == null || note.isBlank() ? "Reopened with new evidence." : note.strip(), actor(clinic),
				settings.reopenWithin(), clock.instant());
		disputes.saveAndFlush(dispute);
		return reads.view(dispute, clinic);
	}

	/**
	 * Until when {@code clinic} may report a problem with the order: empty when it can't
	 * (not shipped, window closed, a dispute already open).
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> reportableUntil(UUID orderId, AuthenticatedUser clinic) {
		if (clinic.role() != Role.CLINIC) {
			return Optional.empty();
		}
		OrderView order = orders.get(orderId, clinic);
		DisputeWindow window = DisputeWindow.of(order, settings);
		return window.isOpenAt(clock.instant()) && !disputes.existsByOpenOrderId(orderId)
				? Optional.ofNullable(window.closesAt()) : Optional.empty();
	}

	private void requireWithin(OrderView order, DisputeWindow window, NewDispute report, Instant now) {
		if (window.closesAt() == null || window.notDeliveredFrom() == null) {
			throw new ConflictException("Order " + order.orderNumber() + " is " + order.status().label().toLowerCase()
					+ ": a problem can be reported once it has shipped.");
		}
		if (!window.isOpenAt(now)) {
			throw new ConflictException("The time to report a problem with order " + order.orderNumber() + " ended on "
					+ DisputeDates.dateTime(window.closesAt()) + ".");
		}
		boolean notDelivered = report.lines().stream().anyMatch(line -> line.reason() == DisputeReason.NOT_DELIVERED);
		if (notDelivered && !window.delivered() && now.isBefore(window.notDeliveredFrom())) {
			throw new ConflictException("Order " + order.orderNumber() + " can be reported as not delivered from "
					+ DisputeDates.dateTime(window.notDeliveredFrom()) + ", when it should have arrived.");
		}
	}

	private static List<DisputeLine> lines(NewDispute report, OrderView order, List<Dispute> earlier) {
		if (report.lines().isEmpty()) {
			throw new InvalidInputException("lines", "Choose at least one line of the order.");
		}
		List<DisputeLine> lines = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		boolean notDelivered = report.lines().stream().anyMatch(line -> line.reason() == DisputeReason.NOT_DELIVERED);
		for (int i = 0; i < report.lines().size(); i++) {
			NewDispute.Line line = report.lines().get(i);
			String field = "lines[" + i + "]";
			OrderView.Item item = order.items()
				.stream()
				.filter(candidate -> candidate.id().equals(line.orderItemId()) && !candidate.cancelled())
				.findFirst()
				.orElseThrow(() -> new InvalidInputException(field + ".orderItemId",
						"Order " + order.orderNumber() + " has no such line that was supplied."));
			if (!seen.add(item.id())) {
				throw new InvalidInputException(field + ".orderItemId",
						"Line " + item.lineNumber() + " (" + item.productName() + ") is listed twice.");
			}
			int inOtherDisputes = earlier.stream()
				.filter(other -> other.getStatus() != DisputeStatus.REJECTED
						&& other.getStatus() != DisputeStatus.WITHDRAWN)
				.flatMap(other -> other.getLines().stream())
				.filter(other -> other.orderItemId().equals(item.id()))
				.mapToInt(other -> other.settledQuantity() != null ? other.settledQuantity() : other.quantity())
				.sum();
			int available = item.quantity() - inOtherDisputes;
			if (line.quantity() < 1 || line.quantity() > available) {
				throw new InvalidInputException(field + ".quantity",
						"Line " + item.lineNumber() + " (" + item.productName() + "): "
								+ (available < 1 ? "no units are left to dispute"
										: "between 1 and " + available + " units can be disputed")
								+ " (" + item.quantity() + " supplied"
								+ (inOtherDisputes > 0 ? ", " + inOtherDisputes + " in an earlier dispute" : "")
								+ ").");
			}
			if (notDelivered && (line.reason() != DisputeReason.NOT_DELIVERED || line.quantity() != available)) {
				throw new InvalidInputException(field + ".reason",
						"\"Not delivered\" is about the whole order: list every line with all its units as not delivered.");
			}
			lines
				.add(new DisputeLine(item.id(), item.lineNumber(), item.productName(), line.quantity(), line.reason()));
		}
		if (notDelivered && lines.size() != order.items().stream().filter(item -> !item.cancelled()).count()) {
			throw new InvalidInputException("lines",
					"\"Not delivered\" is about the whole order: list every line with all its units as not delivered.");
		}
		return lines;
	}

	private static String description(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("description", "Say what happened, for the manufacturer to read.");
		}
		String description = text.strip();
		if (description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "Use at most " + MAX_DESCRIPTION + " characters.");
		}
		return PlainTexts.require(description, "description", true);
	}

	private static void requireClinic(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only the clinic that ordered reports a problem with its order");
		}
	}

	static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

}
