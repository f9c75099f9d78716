package com.ayurlahi.clinics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.ProfileOnboarding;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Onboarding of clinics and the team's decisions on them, as for every profile (see
 * {@link ProfileOnboarding}); status changes are published as
 * {@link ClinicStatusChanged}.
 */
@Service
public class ClinicManagement extends ProfileOnboarding<Clinic, ProfileDetails> {

	ClinicManagement(Clinics clinics, ApplicationEventPublisher events, Clock clock) {
		super(Clinic.KIND, clinics, events, clock);
	}

	/**
	 * The clinic {@code user} runs, when it may order today: a clinic account whose
	 * clinic is approved and whose drug licence is valid.
	 * @throws AccessDeniedException for another role
	 * @throws ConflictException saying why the clinic may not order
	 */
	@Transactional(readOnly = true)
	public Clinic orderingClinic(AuthenticatedUser user) {
		if (user.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinics place orders");
		}
		Clinic clinic = findOwnedBy(user.id()).orElseThrow(
				() -> new ConflictException("Create your clinic profile first; you can order once it is approved."));
		if (!clinic.mayOrderOn(today())) {
			throw new ConflictException(clinic.isLicenceExpiredOn(today())
					? "Your drug licence has expired: save your renewed licence in your profile to order again."
					: "Your clinic can order once the Ayurlahi team has approved its profile (it is "
							+ clinic.getStatus().label().toLowerCase() + ").");
		}
		return clinic;
	}

	@Override
	protected Clinic newProfile(UUID ownerUserId, ProfileDetails details, LocalDate today, Instant now) {
		return new Clinic(ownerUserId, details, today, now);
	}

	@Override
	protected ProfileDetails shared(ProfileDetails details) {
		return details;
	}

	@Override
	protected ClinicStatusChanged statusChanged(Clinic clinic, ApprovalStatus before, Instant at) {
		return new ClinicStatusChanged(clinic.getId(), clinic.getOwnerUserId(), clinic.getLegalName(), before,
				clinic.getStatus(), clinic.getStatusReason(), at);
	}

}
