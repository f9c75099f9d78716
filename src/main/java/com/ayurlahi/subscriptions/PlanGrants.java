package com.ayurlahi.subscriptions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * The team's grants of a plan to a clinic until a date, whatever its subscription says (a
 * complimentary plan, or more than its plan allows for a while), with the reason. While a
 * grant lasts, {@link Entitlements} gives the clinic its plan; a new grant replaces the
 * one that applies (revoking it). Only an ADMIN grants and revokes; each is audited in
 * its transaction ({@code SUBSCRIPTION_OVERRIDE_GRANTED},
 * {@code SUBSCRIPTION_OVERRIDE_REVOKED}).
 */
@Service
@Transactional
public class PlanGrants {

	/** The longest reason a grant keeps. */
	public static final int MAX_REASON = 300;

	private final PlanOverrides overrides;

	private final Plans plans;

	private final ClinicManagement clinics;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanGrants(PlanOverrides overrides, Plans plans, ClinicManagement clinics, UserManagement users,
			ApplicationEventPublisher events, Clock clock) {
		this.overrides = overrides;
		this.plans = plans;
		this.clinics = clinics;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives the clinic the plan version {@code planId} through {@code lastDay} (Indian
	 * time), replacing the grant that applies now, if any.
	 * @throws InvalidInputException naming {@code planId}, {@code until} or
	 * {@code reason}
	 * @throws ConflictException for a retired plan version
	 */
	public PlanGrant grant(UUID clinicId, @Nullable UUID planId, @Nullable LocalDate lastDay, @Nullable String reason,
			AuthenticatedUser admin) {
		requireAdmin(admin);
		clinics.find(clinicId).orElseThrow(() -> new NotFoundException("There is no such clinic."));
		Plan plan = (planId == null ? null : plans.findById(planId).orElse(null));
		if (plan == null) {
			throw new InvalidInputException("planId", "Choose the plan to grant.");
		}
		if (plan.isFree()) {
			throw new InvalidInputException("planId", "Every clinic has " + plan.getName() + "; grant a paid plan.");
		}
		if (plan.isRetired()) {
			throw new ConflictException("planId", plan.getName() + " (version " + plan.getVersion()
					+ ") is retired; grant the plan's current version.");
		}
		Instant now = clock.instant();
		if (lastDay == null) {
			throw new InvalidInputException("until", "Give the grant's last day.");
		}
		if (!lastDay.isAfter(IndianTime.today(clock))) {
			throw new InvalidInputException("until", "The grant's last day must be after today.");
		}
		String why = checkedReason(reason);
		overrides.findByClinicIdOrderByGrantedAtDesc(clinicId)
			.stream()
			.filter(earlier -> earlier.appliesAt(now))
			.forEach(earlier -> revoked(earlier, "Replaced by a new grant", admin, now));
		PlanOverride grant = overrides
			.save(new PlanOverride(clinicId, plan.getId(), PlanGrant.endOf(lastDay), why, admin.id(), now));
		events.publishEvent(AuditedChange.of("SUBSCRIPTION_OVERRIDE_GRANTED", PlanOverride.ENTITY, grant.getId())
			.value("clinicId", clinicId)
			.value("planId", plan.getId())
			.value("plan", plan.getName() + " v" + plan.getVersion())
			.value("until", lastDay)
			.value("validUntil", grant.getValidUntil())
			.value("reason", why)
			.by(actor(admin)));
		return PlanGrant.of(grant, plan, admin.fullName(), now);
	}

	/** Ends the clinic's grant {@code grantId} now. */
	public PlanGrant revoke(UUID clinicId, UUID grantId, AuthenticatedUser admin) {
		requireAdmin(admin);
		PlanOverride grant = overrides.findById(grantId)
			.filter(found -> found.getClinicId().equals(clinicId))
			.orElseThrow(() -> new NotFoundException("This clinic has no such grant."));
		Instant now = clock.instant();
		if (grant.getRevokedAt() != null) {
			throw new ConflictException("This grant was revoked already.");
		}
		if (!grant.appliesAt(now)) {
			throw new ConflictException("This grant has ended already.");
		}
		revoked(grant, null, admin, now);
		return named(List.of(grant), now).getFirst();
	}

	/** The clinic's grants, the latest first. */
	@Transactional(readOnly = true)
	public List<PlanGrant> of(UUID clinicId) {
		return named(overrides.findByClinicIdOrderByGrantedAtDesc(clinicId), clock.instant());
	}

	private void revoked(PlanOverride grant, @Nullable String why, AuthenticatedUser admin, Instant now) {
		grant.revoke(now);
		overrides.save(grant);
		AuditedChange change = AuditedChange.of("SUBSCRIPTION_OVERRIDE_REVOKED", PlanOverride.ENTITY, grant.getId())
			.value("clinicId", grant.getClinicId())
			.value("planId", grant.getPlanId())
			.field("revokedAt", null, now);
		if (why != null) {
			change.value("note", why);
		}
		events.publishEvent(change.by(actor(admin)));
	}

	/** The grants as the pages show them, with their plans and who granted them. */
	List<PlanGrant> named(List<PlanOverride> grants, Instant now) {
		Map<UUID, Plan> byId = plans.findAllById(grants.stream().map(PlanOverride::getPlanId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Plan::getId, Function.identity()));
		Map<UUID, String> names = users
			.fullNames(grants.stream().map(PlanOverride::getGrantedBy).collect(Collectors.toSet()));
		return grants.stream()
			.map(grant -> PlanGrant.of(grant, byId.get(grant.getPlanId()), names.get(grant.getGrantedBy()), now))
			.toList();
	}

	private static String checkedReason(@Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "Say why the clinic gets this plan.");
		}
		if (why.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "Use at most 300 characters.");
		}
		return PlainTexts.require(why, "reason", false);
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin grants plans");
		}
	}

	private static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

}
