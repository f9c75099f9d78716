package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.disputes.Dispute.Offer;
import com.ayurlahi.disputes.DisputeSettling.Refunded;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * What the parties do with a dispute: the manufacturer accepts it (refund in full, or a
 * replacement it ships), offers less, contests it, and ships a replacement it owes; the
 * clinic accepts or refuses an offer, or withdraws the dispute. Each runs in one
 * transaction with the dispute locked, so that two answers at once can't both apply.
 */
@Service
@Transactional
public class DisputeAnswers {

	private static final int MAX_NOTE = 1000;

	private final Disputes disputes;

	private final DisputeReads reads;

	private final DisputeSettling settling;

	private final Clock clock;

	DisputeAnswers(Disputes disputes, DisputeReads reads, DisputeSettling settling, Clock clock) {
		this.disputes = disputes;
		this.reads = reads;
		this.settling = settling;
		this.clock = clock;
	}

	/** The manufacturer's answer. */
	public DisputeView respond(UUID disputeId, ManufacturerResponse response, AuthenticatedUser manufacturer) {
		require(manufacturer, Role.MANUFACTURER, "Only the order's manufacturer answers a dispute");
		Dispute dispute = reads.lockedFor(disputeId, manufacturer);
		Actor actor = DisputeOpening.actor(manufacturer);
		String note = note(response.note(), false);
		switch (response.action()) {
			case ACCEPT -> {
				Map<UUID, Integer> units = DisputeSettling.allUnits(dispute);
				if (response.replacement() != null) {
					ManufacturerResponse.Shipment shipment = shipment(response.replacement());
					settling.replace(dispute, units);
					dispute.resolve(DisputeAction.ACCEPTED, DisputeResolution.REPLACEMENT, asOffers(units), null, null,
							note, actor, clock.instant());
					dispute.replacementShipped(shipment.carrier(), shipment.trackingNumber(), actor, clock.instant());
				}
				else {
					Map<UUID, Offer> settled = settling.inFull(dispute, units);
					Refunded refund = settling.refund(dispute, settled, "Accepted by the manufacturer", actor);
					dispute.resolve(DisputeAction.ACCEPTED, DisputeResolution.REFUND_IN_FULL, settled,
							refund.refundId(), refund.total(), note, actor, clock.instant());
				}
			}
			case OFFER -> dispute.offer(settling.checked(dispute, response.lines()), note, actor, clock.instant());
			case CONTEST -> dispute.contest(required(note, "note", "Say why you contest it, for the team to read."),
					actor, clock.instant());
		}
		disputes.save(dispute);
		return reads.view(dispute, manufacturer);
	}

	/** The clinic accepts the manufacturer's offer: the offered amounts are refunded. */
	public DisputeView acceptOffer(UUID disputeId, AuthenticatedUser clinic) {
		require(clinic, Role.CLINIC, "Only the clinic accepts an offer");
		Dispute dispute = reads.lockedFor(disputeId, clinic);
		Actor actor = DisputeOpening.actor(clinic);
		Map<UUID, Offer> offered = dispute.offered();
		Refunded refund = settling.refund(dispute, offered, "Offer accepted by the clinic", actor);
		dispute.resolve(DisputeAction.OFFER_ACCEPTED, DisputeResolution.REFUND_AMOUNT, offered, refund.refundId(),
				refund.total(), null, actor, clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, clinic);
	}

	/** The clinic refuses the offer: the team decides. */
	public DisputeView refuseOffer(UUID disputeId, @Nullable String note, AuthenticatedUser clinic) {
		require(clinic, Role.CLINIC, "Only the clinic refuses an offer");
		Dispute dispute = reads.lockedFor(disputeId, clinic);
		dispute.refuseOffer(note(note, false), DisputeOpening.actor(clinic), clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, clinic);
	}

	/** The clinic withdraws its dispute before a decision. */
	public DisputeView withdraw(UUID disputeId, @Nullable String note, AuthenticatedUser clinic) {
		require(clinic, Role.CLINIC, "Only the clinic withdraws its dispute");
		Dispute dispute = reads.lockedFor(disputeId, clinic);
		dispute.withdraw(note(note, false), DisputeOpening.actor(clinic), clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, clinic);
	}

	/** The manufacturer ships the replacement the team decided. */
	public DisputeView shipReplacement(UUID disputeId, ManufacturerResponse.Shipment shipment,
			AuthenticatedUser manufacturer) {
		require(manufacturer, Role.MANUFACTURER, "Only the order's manufacturer ships a replacement");
		Dispute dispute = reads.lockedFor(disputeId, manufacturer);
		ManufacturerResponse.Shipment checked = shipment(shipment);
		dispute.replacementShipped(checked.carrier(), checked.trackingNumber(), DisputeOpening.actor(manufacturer),
				clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, manufacturer);
	}

	static ManufacturerResponse.Shipment shipment(ManufacturerResponse.Shipment shipment) {
		String carrier = required(shipment.carrier(), "replacement.carrier", "Name the carrier.");
		String tracking = required(shipment.trackingNumber(), "replacement.trackingNumber",
				"Give the tracking number.");
		if (carrier.length() > 60 || tracking.length() > 60) {
			throw new InvalidInputException(
					carrier.length() > 60 ? "replacement.carrier" : "replacement.trackingNumber",
					"Use at most 60 characters.");
		}
		return new ManufacturerResponse.Shipment(PlainTexts.require(carrier, "replacement.carrier", false),
				PlainTexts.require(tracking, "replacement.trackingNumber", false));
	}

	private static Map<UUID, Offer> asOffers(Map<UUID, Integer> units) {
		Map<UUID, Offer> offers = new LinkedHashMap<>();
		units.forEach((itemId, quantity) -> offers.put(itemId, new Offer(quantity, BigDecimal.ZERO)));
		return offers;
	}

	static @Nullable String note(@Nullable String note, boolean required) {
		if (note == null || note.isBlank()) {
			if (required) {
				throw new InvalidInputException("note", "Add a note.");
			}
			return null;
		}
		String text = note.strip();
		if (text.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "Use at most " + MAX_NOTE + " characters.");
		}
		return PlainTexts.require(text, "note", true);
	}

	static String required(@Nullable String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, message);
		}
		return value.strip();
	}

	static void require(AuthenticatedUser user, Role role, String why) {
		if (user.role() != role) {
			throw new AccessDeniedException(why);
		}
	}

}
