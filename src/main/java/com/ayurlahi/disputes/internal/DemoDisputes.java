package com.ayurlahi.disputes.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.disputes.DisputeAnswers;
import com.ayurlahi.disputes.DisputeEvidenceFiles;
import com.ayurlahi.disputes.DisputeFilter;
import com.ayurlahi.disputes.DisputeOpening;
import com.ayurlahi.disputes.DisputeQueries;
import com.ayurlahi.disputes.DisputeReason;
import com.ayurlahi.disputes.DisputeView;
import com.ayurlahi.disputes.ManufacturerResponse;
import com.ayurlahi.disputes.NewDispute;
import com.ayurlahi.disputes.OfferLine;
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderStatus;
import com.ayurlahi.orders.OrderSummary;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.UserManagement;

/**
 * The dev profile's demo disputes about the demo clinic's delivered orders: one resolved
 * by a partial refund the clinic accepted (refunded in the sandbox, with its credit
 * note), one with a photo awaiting the manufacturer's answer, and one the manufacturer
 * contested, now with the team.
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoDisputes implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDisputes.class);

	private final DisputeOpening opening;

	private final DisputeAnswers answers;

	private final DisputeEvidenceFiles evidence;

	private final DisputeQueries queries;

	private final OrderManagement orders;

	private final UserManagement users;

	DemoDisputes(DisputeOpening opening, DisputeAnswers answers, DisputeEvidenceFiles evidence, DisputeQueries queries,
			OrderManagement orders, UserManagement users) {
		this.opening = opening;
		this.answers = answers;
		this.evidence = evidence;
		this.queries = queries;
		this.orders = orders;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuthenticatedUser clinic = user("clinic@demo.ayurlahi.in");
		if (queries.search(DisputeFilter.ALL, clinic, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		List<OrderSummary> received = orders
			.search(OrderFilter.of(EnumSet.of(OrderStatus.DELIVERED, OrderStatus.PARTIALLY_FULFILLED)), clinic,
					PageRequest.of(0, 10))
			.getContent();
		OrderView delivered = received.stream()
			.map(summary -> orders.find(summary.id()))
			.filter(order -> order.status() == OrderStatus.DELIVERED)
			.findFirst()
			.orElse(null);
		OrderView partial = received.stream()
			.map(summary -> orders.find(summary.id()))
			.filter(order -> order.status() == OrderStatus.PARTIALLY_FULFILLED)
			.findFirst()
			.orElse(null);
		if (delivered == null || partial == null) {
			return;
		}
		AuthenticatedUser maker = user("maker@demo.ayurlahi.in");

		OrderView.Item broken = delivered.items().get(0);
		DisputeView refunded = open(clinic, delivered, broken, 1, DisputeReason.DAMAGED_IN_TRANSIT,
				"One bottle arrived broken; the carton was crushed at one corner.");
		BigDecimal oneUnit = broken.lineTotal().divide(BigDecimal.valueOf(broken.quantity()), 2, RoundingMode.DOWN);
		answers.respond(refunded.id(),
				new ManufacturerResponse(ManufacturerResponse.Action.OFFER,
						List.of(new OfferLine(broken.id(), 1,
								oneUnit.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.DOWN))),
						"The courier covers part of it; here is the rest.", null),
				maker);
		answers.acceptOffer(refunded.id(), clinic);

		OrderView.Item expiring = delivered.items().get(1);
		DisputeView awaiting = open(clinic, delivered, expiring, 2, DisputeReason.EXPIRED_OR_SHORT_EXPIRY,
				"Two packs expire next month; we ordered stock for six months.");
		evidence.add(awaiting.id(), "label.png", photo(), clinic);

		OrderView.Item missing = partial.items().get(0);
		DisputeView contested = open(clinic, partial, missing, 2, DisputeReason.SHORT_OR_MISSING,
				"The carton had four packs, not six.");
		answers.respond(contested.id(), new ManufacturerResponse(ManufacturerResponse.Action.CONTEST, List.of(),
				"Packed and weighed with six; see the dispatch weight on the courier's receipt.", null), maker);
		log.info("Created 3 demo disputes");
	}

	private DisputeView open(AuthenticatedUser clinic, OrderView order, OrderView.Item item, int units,
			DisputeReason reason, String description) {
		return opening.open(
				new NewDispute(order.id(), List.of(new NewDispute.Line(item.id(), units, reason)), description),
				clinic);
	}

	/** A small PNG of a bottle whose label is crossed out, as a demo photo. */
	private static byte[] photo() {
		BufferedImage image = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xF4, 0xEF, 0xE6));
		graphics.fillRect(0, 0, 480, 270);
		// a bottle with its label, drawn without fonts (none need be installed)
		graphics.setColor(new Color(0x5B, 0x3A, 0x1E));
		graphics.fillRoundRect(190, 60, 100, 180, 24, 24);
		graphics.fillRect(220, 30, 40, 36);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(200, 120, 80, 60);
		graphics.setColor(new Color(0xB0, 0x20, 0x20));
		graphics.drawLine(205, 130, 275, 170);
		graphics.drawLine(205, 170, 275, 130);
		graphics.dispose();
		try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
	}

	private AuthenticatedUser user(String email) {
		return AuthenticatedUser.actingAs(users.findByEmail(email).orElseThrow());
	}

}
