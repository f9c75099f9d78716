package com.ayurlahi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.ClinicStatusChanged;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.manufacturers.ManufacturerStatusChanged;
import com.ayurlahi.notifications.NotificationCenter;

/**
 * Tells a profile's owner what the Ayurlahi team decided: approved, not approved (with
 * the reason and a link to correct it), suspended (with the reason), reinstated. The
 * owner's own resubmission needs no notification.
 */
@Component
class ProfileDecisionNotifications {

	private final NotificationCenter notifications;

	ProfileDecisionNotifications(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(ClinicStatusChanged change) {
		tell(idOf(change.clinicId(), change.to(), change.at()), change.ownerUserId(),
				"Your clinic " + change.clinicName(), change.from(), change.to(), change.reason(),
				"You can now order from approved manufacturers.", "/clinic/profile");
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(ManufacturerStatusChanged change) {
		tell(idOf(change.manufacturerId(), change.to(), change.at()), change.ownerUserId(),
				"Your company " + change.companyName(), change.from(), change.to(), change.reason(),
				"You can now list your products for clinics.", "/manufacturer/profile");
	}

	/**
	 * The same change always gives the same notification id, so a redelivered event
	 * changes nothing.
	 */
	private static UUID idOf(UUID profileId, ApprovalStatus to, Instant at) {
		return UUID.nameUUIDFromBytes((profileId + "/" + to + "/" + at).getBytes(StandardCharsets.UTF_8));
	}

	private void tell(UUID id, UUID owner, String subject, ApprovalStatus from, ApprovalStatus to,
			@Nullable String reason, String whatNow, String profilePath) {
		String because = reason == null ? "" : ": " + reason.strip().replaceAll("[.!\\s]+$", "");
		switch (to) {
			case APPROVED -> notifications.notify(id, owner, Level.SUCCESS,
					from == ApprovalStatus.SUSPENDED ? subject + " has been reinstated" + because + ". " + whatNow
							: subject + " has been approved. " + whatNow,
					null);
			case REJECTED -> notifications.notify(id, owner, Level.DANGER,
					subject + " was not approved" + because + ". Correct your profile and resubmit it.", profilePath);
			case SUSPENDED -> notifications.notify(id, owner, Level.DANGER,
					subject + " has been suspended" + because + ". Write to support if you have questions.", null);
			case PENDING_APPROVAL -> {
				// the owner resubmitted: their own doing, nothing to tell them
			}
		}
	}

}
