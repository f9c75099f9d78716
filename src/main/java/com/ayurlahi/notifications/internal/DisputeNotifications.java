package com.ayurlahi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.disputes.DisputeAction;
import com.ayurlahi.disputes.DisputeChanged;
import com.ayurlahi.disputes.DisputeMessagePosted;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.notifications.NotificationCenter;

/**
 * Tells the clinic and the manufacturer what the other side, the team or the deadline did
 * with their disputes, and that someone wrote to them; never the team's internal notes.
 */
@Component
class DisputeNotifications {

	private final NotificationCenter notifications;

	DisputeNotifications(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(DisputeChanged change) {
		String dispute = "Dispute " + change.disputeNumber() + " about order " + change.orderNumber();
		switch (change.action()) {
			case OPENED -> toManufacturer(change, Level.WARNING,
					"A clinic reported a problem with order " + change.orderNumber() + " (dispute "
							+ change.disputeNumber() + "). Answer within the deadline, or the Ayurlahi team decides.");
			case REOPENED -> toManufacturer(change, Level.WARNING,
					dispute + " was reopened by the clinic with new evidence; the Ayurlahi team decides.");
			case WITHDRAWN -> toManufacturer(change, Level.INFO, dispute + " was withdrawn by the clinic.");
			case OFFER_ACCEPTED -> toManufacturer(change, Level.SUCCESS,
					"The clinic accepted your offer on " + change.disputeNumber() + refund(change) + ".");
			case OFFER_REFUSED -> toManufacturer(change, Level.WARNING,
					"The clinic refused your offer on " + change.disputeNumber() + "; the Ayurlahi team decides.");
			case OFFERED -> toClinic(change, Level.INFO, "The manufacturer made an offer on " + change.disputeNumber()
					+ ": accept it or ask the Ayurlahi team.");
			case ACCEPTED -> toClinic(change, Level.SUCCESS, "The manufacturer accepted " + change.disputeNumber()
					+ because(change.resolution()) + refund(change) + ".");
			case CONTESTED -> toClinic(change, Level.WARNING,
					"The manufacturer contested " + change.disputeNumber() + "; the Ayurlahi team decides.");
			case REPLACEMENT_SHIPPED -> toClinic(change, Level.INFO,
					"The replacement for " + change.disputeNumber() + " is on its way" + note(change.note()) + ".");
			case ESCALATED, OVERDUE -> {
				String text = dispute + " is with the Ayurlahi team now" + (change.action() == DisputeAction.OVERDUE
						? ": the manufacturer did not answer in time." : ".");
				toClinic(change, Level.INFO, text);
				toManufacturer(change, Level.WARNING, text);
			}
			case DECIDED -> {
				String text = "The Ayurlahi team decided " + change.disputeNumber() + because(change.resolution())
						+ refund(change) + note(change.note()) + ".";
				toClinic(change, Level.INFO, text);
				toManufacturer(change, Level.INFO, text);
			}
		}
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(DisputeMessagePosted posted) {
		if (posted.internal()) {
			return;
		}
		String text = "New message on dispute " + posted.disputeNumber() + ".";
		UUID id = posted.messageId();
		switch (posted.author().role()) {
			case "CLINIC" -> notifications.notify(idOf(id, "M"), posted.manufacturerUserId(), Level.INFO, text,
					"/manufacturer/disputes/" + posted.disputeId());
			case "MANUFACTURER" -> notifications.notify(idOf(id, "C"), posted.clinicUserId(), Level.INFO, text,
					"/clinic/disputes/" + posted.disputeId());
			default -> {
				notifications.notify(idOf(id, "C"), posted.clinicUserId(), Level.INFO, text,
						"/clinic/disputes/" + posted.disputeId());
				notifications.notify(idOf(id, "M"), posted.manufacturerUserId(), Level.INFO, text,
						"/manufacturer/disputes/" + posted.disputeId());
			}
		}
	}

	private void toClinic(DisputeChanged change, Level level, String text) {
		notifications.notify(idOf(change, "C"), change.clinicUserId(), level, text,
				"/clinic/disputes/" + change.disputeId());
	}

	private void toManufacturer(DisputeChanged change, Level level, String text) {
		notifications.notify(idOf(change, "M"), change.manufacturerUserId(), level, text,
				"/manufacturer/disputes/" + change.disputeId());
	}

	private static String because(@Nullable DisputeResolution resolution) {
		return resolution == null ? "" : ": " + resolution.label().toLowerCase();
	}

	private static String refund(DisputeChanged change) {
		return change.refundTotal() == null ? "" : " (" + Money.format(change.refundTotal()) + " back to the clinic)";
	}

	private static String note(@Nullable String note) {
		return note == null || note.isBlank() ? "" : ": " + note.strip().replaceAll("[.!\\s]+$", "");
	}

	/**
	 * The same change always gives the same notification id, so a redelivered event
	 * changes nothing.
	 */
	private static UUID idOf(DisputeChanged change, String recipient) {
		return idOf(change.disputeId(), change.action() + "/" + change.at() + "/" + recipient);
	}

	private static UUID idOf(UUID subject, String what) {
		return UUID.nameUUIDFromBytes(("dispute/" + subject + "/" + what).getBytes(StandardCharsets.UTF_8));
	}

}
