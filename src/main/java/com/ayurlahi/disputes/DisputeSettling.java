package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.disputes.Dispute.Offer;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.payments.ClaimLine;
import com.ayurlahi.payments.ClaimPayments;
import com.ayurlahi.products.ProductStock;
import com.ayurlahi.products.StockRequest;

/**
 * What follows a resolution, in the transaction that decides it: a refund of the lines
 * (in full: the price of the disputed units with their GST, or the amounts settled)
 * through the payments module, or a replacement of the disputed units taken from stock as
 * an order takes it. Amounts are checked against what is still refundable of each line.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class DisputeSettling {

	private final ClaimPayments claims;

	private final OrderManagement orders;

	private final ProductStock stock;

	DisputeSettling(ClaimPayments claims, OrderManagement orders, ProductStock stock) {
		this.claims = claims;
		this.orders = orders;
		this.stock = stock;
	}

	/**
	 * The price of {@code units} of each line, GST included, as the order charged it (no
	 * more than is still refundable of the line).
	 */
	Map<UUID, Offer> inFull(Dispute dispute, Map<UUID, Integer> units) {
		OrderView order = orders.find(dispute.getOrderId());
		Map<UUID, BigDecimal> refundable = claims.refundable(dispute.getOrderId());
		Map<UUID, Offer> settled = new LinkedHashMap<>();
		units.forEach((itemId, quantity) -> {
			OrderView.Item item = item(order, itemId);
			BigDecimal price = GstCalculator.line(item.unitPrice(), quantity, item.gstRate(), order.taxType()).total();
			settled.put(itemId, new Offer(quantity, price.min(refundable.getOrDefault(itemId, Money.ZERO))));
		});
		return settled;
	}

	/**
	 * Checks amounts offered or decided against the dispute's lines and what is still
	 * refundable of each.
	 * @throws InvalidInputException naming a line that is not disputed or whose units are
	 * out of range
	 * @throws ConflictException naming a line whose amount is more than is refundable
	 */
	Map<UUID, Offer> checked(Dispute dispute, List<OfferLine> lines) {
		if (lines.isEmpty()) {
			throw new InvalidInputException("lines", "Give an amount for at least one line.");
		}
		Map<UUID, BigDecimal> refundable = claims.refundable(dispute.getOrderId());
		Map<UUID, Offer> settled = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			OfferLine line = lines.get(i);
			String field = "lines[" + i + "]";
			DisputeLine disputed = disputedLine(dispute, line, field);
			if (line.amount() == null || line.amount().signum() <= 0 || line.amount().scale() > 2) {
				throw new InvalidInputException(field + ".amount",
						"Line " + disputed.lineNumber() + ": an amount in rupees and paise, more than zero.");
			}
			BigDecimal left = refundable.getOrDefault(line.orderItemId(), Money.ZERO);
			if (line.amount().compareTo(left) > 0) {
				throw new ConflictException(
						"Line " + disputed.lineNumber() + " (" + disputed.productName() + ") has " + Money.format(left)
								+ " left to refund; " + Money.format(line.amount()) + " is more than that.");
			}
			if (settled.put(line.orderItemId(), new Offer(line.quantity(), Money.rupees(line.amount()))) != null) {
				throw new InvalidInputException(field + ".orderItemId",
						"Line " + disputed.lineNumber() + " is listed twice.");
			}
		}
		return settled;
	}

	/**
	 * The units each named line is settled for; every disputed line with all its units
	 * when none is named.
	 * @throws InvalidInputException naming a line that is not disputed or whose units are
	 * out of range
	 */
	static Map<UUID, Integer> units(Dispute dispute, List<OfferLine> lines) {
		if (lines.isEmpty()) {
			return allUnits(dispute);
		}
		Map<UUID, Integer> units = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			OfferLine line = lines.get(i);
			disputedLine(dispute, line, "lines[" + i + "]");
			units.put(line.orderItemId(), line.quantity());
		}
		return units;
	}

	private static DisputeLine disputedLine(Dispute dispute, OfferLine line, String field) {
		DisputeLine disputed = dispute.getLines()
			.stream()
			.filter(candidate -> candidate.orderItemId().equals(line.orderItemId()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field + ".orderItemId", "That line is not disputed."));
		if (line.quantity() < 1 || line.quantity() > disputed.quantity()) {
			throw new InvalidInputException(field + ".quantity", "Line " + disputed.lineNumber() + " ("
					+ disputed.productName() + "): between 1 and " + disputed.quantity() + " units.");
		}
		return disputed;
	}

	/** Refunds the settled amounts; the refund asked for. */
	Refunded refund(Dispute dispute, Map<UUID, Offer> settled, String reason, Actor actor) {
		List<ClaimLine> lines = new ArrayList<>();
		settled.forEach((itemId, offer) -> {
			if (offer.amount().signum() > 0) {
				lines.add(new ClaimLine(itemId, offer.quantity(), offer.amount()));
			}
		});
		if (lines.isEmpty()) {
			throw new ConflictException("Nothing is left to refund on the disputed lines.");
		}
		UUID refundId = claims.refund(dispute.getOrderId(), dispute.getDisputeNumber(), lines, reason, actor);
		return new Refunded(refundId, lines.stream().map(ClaimLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	/** Takes the replacement units from stock, as an order takes them. */
	void replace(Dispute dispute, Map<UUID, Integer> units) {
		OrderView order = orders.find(dispute.getOrderId());
		stock.reserve(units.entrySet()
			.stream()
			.map(entry -> new StockRequest(item(order, entry.getKey()).productId(), entry.getValue()))
			.toList());
	}

	/** Every disputed line with all its units. */
	static Map<UUID, Integer> allUnits(Dispute dispute) {
		Map<UUID, Integer> units = new LinkedHashMap<>();
		dispute.getLines().forEach(line -> units.put(line.orderItemId(), line.quantity()));
		return units;
	}

	private static OrderView.Item item(OrderView order, UUID itemId) {
		return order.items()
			.stream()
			.filter(candidate -> candidate.id().equals(itemId))
			.findFirst()
			.orElseThrow(() -> new ConflictException("Order " + order.orderNumber() + " has no such line."));
	}

	/** A refund asked for: its id and total. */
	record Refunded(UUID refundId, BigDecimal total) {
	}

}
