package com.ayurlahi.clinics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
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
		Optional<Clinic> clinic = findOwnedBy(user.id());
		Optional<String> refusal = orderingRefusal(clinic);
		if (refusal.isPresent()) {
			throw new ConflictException(refusal.get());
		}
		return clinic.orElseThrow();
	}

	/**
	 * Why the clinic account {@code clinicUserId} may not order today, in one line (what
	 * {@link #orderingClinic} refuses with), or nothing when it may. For callers that
	 * answer the refusal themselves inside a transaction of their own: a refusal thrown
	 * through this service would mark that transaction rollback-only.
	 */
	@Transactional(readOnly = true)
	public Optional<String> orderingRefusal(UUID clinicUserId) {
		return orderingRefusal(findOwnedBy(clinicUserId));
	}

	private Optional<String> orderingRefusal(Optional<Clinic> owned) {
		if (owned.isEmpty()) {
			return Optional.of("Create your clinic profile first; you can order once it is approved.");
		}
		Clinic clinic = owned.get();
		if (clinic.mayOrderOn(today())) {
			return Optional.empty();
		}
		return Optional.of(clinic.isLicenceExpiredOn(today())
				? "Your drug licence has expired: save your renewed licence in your profile to order again."
				: "Your clinic can order once the Ayurlahi team has approved its profile (it is "
						+ clinic.getStatus().label().toLowerCase() + ").");
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
