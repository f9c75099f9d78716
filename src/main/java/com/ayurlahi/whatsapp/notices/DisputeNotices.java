package com.ayurlahi.whatsapp.notices;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.disputes.DisputeChanged;
import com.ayurlahi.disputes.DisputeResolution;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Tells the parties of a dispute over WhatsApp what the other side, the team or the
 * deadline did with it. The clinic hears the manufacturer's answers, the replacement
 * shipped, the team taking it over and the decision (DISPUTE_UPDATE); the manufacturer
 * hears that a dispute was opened (or reopened), went to the team (escalated, overdue,
 * its offer refused) and was decided (by the team, or by the clinic accepting its offer)
 * (DISPUTE_FOR_MANUFACTURER). What a clinic wrote never goes to the manufacturer here: it
 * may hold the clinic's contact details.
 */
@Component
class DisputeNotices {

	private final Notices notices;

	DisputeNotices(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(DisputeChanged change) {
		switch (change.action()) {
			case OPENED -> toManufacturer(change,
					"a clinic reported a problem with this order. Answer before the deadline, or the Ayurlahi team"
							+ " decides.");
			case REOPENED ->
				toManufacturer(change, "the clinic reopened it with new evidence; the Ayurlahi team decides.");
			case OFFER_REFUSED -> toManufacturer(change, "the clinic refused your offer; the Ayurlahi team decides.");
			case OFFER_ACCEPTED ->
				toManufacturer(change, "the clinic accepted your offer" + refund(change, "the clinic") + ".");
			case OFFERED -> toClinic(change, "the manufacturer made an offer" + note(change.note())
					+ ". Accept it or ask the Ayurlahi team to decide.");
			case ACCEPTED -> toClinic(change,
					"the manufacturer accepted it" + resolution(change.resolution()) + refund(change, "you") + ".");
			case CONTESTED -> toClinic(change,
					"the manufacturer contested it" + note(change.note()) + ". The Ayurlahi team decides.");
			case REPLACEMENT_SHIPPED -> toClinic(change, "the replacement is on its way" + note(change.note()) + ".");
			case ESCALATED -> {
				toClinic(change, "it is with the Ayurlahi team now.");
				toManufacturer(change, "it is with the Ayurlahi team now.");
			}
			case OVERDUE -> {
				toClinic(change, "the manufacturer did not answer in time; the Ayurlahi team decides.");
				toManufacturer(change, "you did not answer in time; the Ayurlahi team decides.");
			}
			case DECIDED -> {
				String decision = "the Ayurlahi team decided" + resolution(change.resolution());
				toClinic(change, decision + refund(change, "you") + note(change.note()) + ".");
				toManufacturer(change, decision + refund(change, "the clinic") + note(change.note()) + ".");
			}
			case WITHDRAWN -> {
				// the clinic's own step; the in-app notification tells the manufacturer
			}
		}
	}

	private void toClinic(DisputeChanged change, String what) {
		send(change, change.clinicUserId(), NoticeKind.DISPUTE_UPDATE, "clinic", "/clinic/disputes/", what);
	}

	private void toManufacturer(DisputeChanged change, String what) {
		send(change, change.manufacturerUserId(), NoticeKind.DISPUTE_FOR_MANUFACTURER, "manufacturer",
				"/manufacturer/disputes/", what);
	}

	private void send(DisputeChanged change, UUID userId, NoticeKind kind, String recipient, String pages,
			String what) {
		String link = notices.link(pages + change.disputeId());
		notices.send(userId, kind,
				"dispute/" + change.disputeId() + "/" + change.action() + "/" + change.at() + "/" + recipient,
				"Dispute " + change.disputeNumber() + " (order " + change.orderNumber() + "): " + what + " " + link,
				Notices.values("disputeNumber", change.disputeNumber(), "orderNumber", change.orderNumber(), "what",
						what, "link", link));
	}

	private static String resolution(@Nullable DisputeResolution resolution) {
		return resolution == null ? "" : ": " + resolution.label().toLowerCase(Locale.ROOT);
	}

	private static String refund(DisputeChanged change, String to) {
		return change.refundTotal() == null ? "" : " (" + Money.format(change.refundTotal()) + " back to " + to + ")";
	}

	private static String note(@Nullable String note) {
		return Notices.because(note);
	}

}
