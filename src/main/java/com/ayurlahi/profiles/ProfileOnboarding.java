package com.ayurlahi.profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.LikePatterns;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.ProfileDirectory;
import com.ayurlahi.users.Role;

/**
 * Onboarding of one kind of business and the team's decisions on it, the same for every
 * kind. The owner registers (one profile per account, with a GSTIN no other profile of
 * the kind has) and corrects it (a rejected profile goes back to the queue); ADMIN
 * changes it and decides (approve, reject, suspend, reinstate); the owner, ADMIN and
 * SUPPORT read it, and for anyone else it does not exist. Every change is audited in its
 * transaction ({@code CLINIC_REGISTERED}, {@code MANUFACTURER_APPROVED}, …) and every
 * status change is published as the kind's own event. Each kind's service extends this
 * with what is its own.
 *
 * @param <P> the kind's profile
 * @param <D> what its owner fills in: the shared {@link ProfileDetails} and whatever the
 * kind adds
 */
@Transactional
public abstract class ProfileOnboarding<P extends BusinessProfile, D> implements ProfileDirectory {

	private final ProfileKind kind;

	private final ProfileRepository<P> profiles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	protected ProfileOnboarding(ProfileKind kind, ProfileRepository<P> profiles, ApplicationEventPublisher events,
			Clock clock) {
		this.kind = kind;
		this.profiles = profiles;
		this.events = events;
		this.clock = clock;
	}

	/** A new profile from what its owner filled in, waiting for approval. */
	protected abstract P newProfile(UUID ownerUserId, D details, LocalDate today, Instant now);

	/** The shared part of what was filled in. */
	protected abstract ProfileDetails shared(D details);

	/** Applies what the kind adds to the shared details, after those were applied. */
	protected void applyOwn(P profile, D details) {
	}

	/** The kind's event for a change of {@code profile}'s status from {@code before}. */
	protected abstract Object statusChanged(P profile, ApprovalStatus before, Instant at);

	/** Tells whoever must know of every saved change, in its transaction. */
	protected void saved(P profile) {
	}

	/** The owner's first submission; the profile waits for approval. */
	public P register(AuthenticatedUser owner, D details) {
		if (owner.role() != kind.ownerRole()) {
			throw new AccessDeniedException(
					"Only " + kind.noun() + " accounts can create a " + kind.noun() + " profile");
		}
		if (profiles.existsByOwnerUserId(owner.id())) {
			throw alreadyRegistered();
		}
		requireUniqueGstin(shared(details), null);
		P profile = save(newProfile(owner.id(), details, today(), now()));
		audit("REGISTERED", profile, Map.of());
		return profile;
	}

	/** Changes by the owner (a rejected profile is resubmitted) or by an admin. */
	public P update(UUID profileId, D details, AuthenticatedUser editor) {
		return updated(visibleTo(profileId, editor, true), details, editor);
	}

	public P approve(UUID profileId, AuthenticatedUser admin) {
		return decide(profileId, admin, "APPROVED", profile -> profile.approve(today(), now()));
	}

	public P reject(UUID profileId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(profileId, admin, "REJECTED", profile -> profile.reject(reason, now()));
	}

	public P suspend(UUID profileId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(profileId, admin, "SUSPENDED", profile -> profile.suspend(reason, now()));
	}

	public P reinstate(UUID profileId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(profileId, admin, "REINSTATED", profile -> profile.reinstate(reason, today(), now()));
	}

	@Transactional(readOnly = true)
	public Optional<P> findOwnedBy(UUID userId) {
		return profiles.findByOwnerUserId(userId);
	}

	/**
	 * A profile for another module's service to act on, such as the invoices module
	 * naming it on a document; whoever shows it to a user checks first that they may see
	 * it.
	 */
	@Transactional(readOnly = true)
	public Optional<P> find(UUID profileId) {
		return profiles.findById(profileId);
	}

	/**
	 * A profile as {@code viewer} may see it: its owner, ADMIN and SUPPORT. For anyone
	 * else it does not exist.
	 */
	@Transactional(readOnly = true)
	public P get(UUID profileId, AuthenticatedUser viewer) {
		return visibleTo(profileId, viewer, false);
	}

	/** The admin queue: by status and state, searching name and GSTIN. */
	@Transactional(readOnly = true)
	public Page<P> search(@Nullable ApprovalStatus status, @Nullable IndianState state, @Nullable String search,
			Pageable pageable) {
		String text = search == null ? "" : LikePatterns.literal(search.strip().toLowerCase(Locale.ROOT));
		return profiles.search(status, state, text, pageable);
	}

	/** The kind of profile this onboards. */
	public ProfileKind kind() {
		return kind;
	}

	@Override
	public Role ownerRole() {
		return kind.ownerRole();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> profileOf(UUID userId) {
		return profiles.findByOwnerUserId(userId).map(BusinessProfile::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> profileNames(Collection<UUID> userIds) {
		return userIds.isEmpty() ? Map.of()
				: profiles.findNamesByOwners(userIds)
					.stream()
					.collect(Collectors.toMap(ProfileRepository.OwnerAndName::getOwnerUserId,
							ProfileRepository.OwnerAndName::getName));
	}

	/**
	 * The names of the given profiles, by id, in one query (for another module's list of
	 * them, such as the team's subscribers); ids of no profile are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(Collection<UUID> profileIds) {
		return profileIds.isEmpty() ? Map.of() : profiles.findNamesByIds(profileIds)
			.stream()
			.collect(Collectors.toMap(ProfileRepository.IdAndName::getId, ProfileRepository.IdAndName::getName));
	}

	/**
	 * Applies {@code details} to a profile {@code editor} may change: an admin's change,
	 * or the owner's (a rejected profile is resubmitted).
	 */
	protected final P updated(P profile, D details, AuthenticatedUser editor) {
		requireUniqueGstin(shared(details), profile.getId());
		Map<String, @Nullable Object> before = profile.auditedFields();
		ApprovalStatus statusBefore = profile.getStatus();
		boolean resubmitted = false;
		if (editor.role() == Role.ADMIN) {
			profile.updateByAdmin(shared(details), today(), now());
		}
		else {
			resubmitted = profile.updateByOwner(shared(details), today(), now());
		}
		applyOwn(profile, details);
		save(profile);
		audit(resubmitted ? "RESUBMITTED" : "UPDATED", profile, before);
		if (resubmitted) {
			events.publishEvent(statusChanged(profile, statusBefore, now()));
		}
		return profile;
	}

	/**
	 * An admin's change to a profile, other than its details, saved and audited as
	 * {@code event}.
	 */
	protected final P changedByAdmin(UUID profileId, AuthenticatedUser admin, String event, Consumer<P> change) {
		requireAdmin(admin);
		P profile = profiles.findById(profileId).orElseThrow(this::notFound);
		Map<String, @Nullable Object> before = profile.auditedFields();
		change.accept(profile);
		save(profile);
		audit(event, profile, before);
		return profile;
	}

	/** A profile {@code viewer} may see ({@code forChange}: may change), or not found. */
	protected final P visibleTo(UUID profileId, AuthenticatedUser viewer, boolean forChange) {
		P profile = profiles.findById(profileId).orElseThrow(this::notFound);
		boolean owner = profile.getOwnerUserId().equals(viewer.id());
		boolean staff = forChange ? viewer.role() == Role.ADMIN : viewer.role().isStaff();
		if (!owner && !staff) {
			throw notFound();
		}
		return profile;
	}

	protected final void requireAdmin(AuthenticatedUser user) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin decides on " + kind.noun() + "s");
		}
	}

	protected final LocalDate today() {
		return IndianTime.today(clock);
	}

	protected final Instant now() {
		return clock.instant();
	}

	private P decide(UUID profileId, AuthenticatedUser admin, String event, Consumer<P> decision) {
		requireAdmin(admin);
		P profile = profiles.findById(profileId).orElseThrow(this::notFound);
		Map<String, @Nullable Object> before = profile.auditedFields();
		ApprovalStatus statusBefore = profile.getStatus();
		decision.accept(profile);
		save(profile);
		audit(event, profile, before);
		events.publishEvent(statusChanged(profile, statusBefore, now()));
		return profile;
	}

	private void requireUniqueGstin(ProfileDetails details, @Nullable UUID profileId) {
		String gstin = details.gstin().value();
		if (profileId == null ? profiles.existsByGstin(gstin) : profiles.existsByGstinAndIdNot(gstin, profileId)) {
			throw duplicateGstin();
		}
	}

	/**
	 * Saves now, so that a unique constraint broken by a concurrent request is told apart
	 * from other failures, and tells the kind's listeners.
	 */
	private P save(P profile) {
		try {
			P saved = profiles.saveAndFlush(profile);
			saved(saved);
			return saved;
		}
		catch (DataIntegrityViolationException violation) {
			String cause = String.valueOf(violation.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (cause.contains("_gstin_unique")) {
				throw duplicateGstin();
			}
			if (cause.contains("_owner_unique")) {
				throw alreadyRegistered();
			}
			throw violation;
		}
	}

	private void audit(String event, P profile, Map<String, @Nullable Object> before) {
		AuditedChange change = AuditedChange.of(kind.auditAction(event), kind.auditEntity(), profile.getId())
			.fields(before, profile.auditedFields());
		if (change.hasChanges()) {
			events.publishEvent(change);
		}
	}

	private ConflictException duplicateGstin() {
		return new ConflictException("gstin", "Another " + kind.noun() + " is already registered with this GSTIN.");
	}

	private ConflictException alreadyRegistered() {
		return new ConflictException("Your account already has a " + kind.noun() + " profile; edit it instead.");
	}

	private NotFoundException notFound() {
		return new NotFoundException("There is no such " + kind.noun() + ".");
	}

}
