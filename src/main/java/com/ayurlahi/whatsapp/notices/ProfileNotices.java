package com.ayurlahi.whatsapp.notices;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.ClinicStatusChanged;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.manufacturers.ManufacturerStatusChanged;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.whatsapp.NoticeKind;

/**
 * Tells a clinic's or manufacturer's owner over WhatsApp what the Ayurlahi team decided
 * about its profile: approved (or reinstated), not approved with the reason and where to
 * correct it, suspended with the reason. The owner's own resubmission tells it nothing.
 */
@Component
class ProfileNotices {

	private final Notices notices;

	ProfileNotices(Notices notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(ClinicStatusChanged change) {
		tell(change.ownerUserId(), "clinic/" + change.clinicId(), change.clinicName(), change.from(), change.to(),
				change.reason(), change.at(), "You can now order from approved manufacturers.", "/clinic/profile");
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(ManufacturerStatusChanged change) {
		tell(change.ownerUserId(), "manufacturer/" + change.manufacturerId(), change.companyName(), change.from(),
				change.to(), change.reason(), change.at(), "Clinics can now order your products.",
				"/manufacturer/profile");
	}

	private void tell(UUID owner, String profile, String name, ApprovalStatus from, ApprovalStatus to,
			@Nullable String reason, Instant at, String whatNow, String profilePage) {
		String because = Notices.because(reason);
		@Nullable String what = switch (to) {
			case APPROVED ->
				from == ApprovalStatus.SUSPENDED ? "reinstated" + because + ". " + whatNow : "approved. " + whatNow;
			case REJECTED ->
				"not approved" + because + ". Correct your profile and submit it again: " + notices.link(profilePage);
			case SUSPENDED -> "suspended" + because + ". Write to Ayurlahi support if you have questions.";
			case PENDING_APPROVAL -> null; // the owner resubmitted it
		};
		if (what == null) {
			return;
		}
		notices.send(owner, NoticeKind.PROFILE_DECISION, "profile/" + profile + "/" + to + "/" + at + "/owner",
				name + " on Ayurlahi: " + what, Notices.values("name", name, "what", what));
	}

}
