package com.ayurlahi.clinics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.ProfileOnboarding;

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
