package com.ayurlahi.clinics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Onboarding of clinics and the team's decisions on them. Who may do what is checked
 * here: the owner and ADMIN change a profile, the owner, ADMIN and SUPPORT read it, only
 * ADMIN decides. Every change is audited in its transaction; status changes are published
 * as {@link ClinicStatusChanged}.
 */
@Service
@Transactional
public class ClinicManagement {

	static final String ENTITY = "Clinic";

	private final Clinics clinics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClinicManagement(Clinics clinics, ApplicationEventPublisher events, Clock clock) {
		this.clinics = clinics;
		this.events = events;
		this.clock = clock;
	}

	/** The owner's first submission; the profile waits for approval. */
	public Clinic register(AuthenticatedUser owner, ClinicDetails details) {
		if (owner.role() != Role.CLINIC) {
			throw new AccessDeniedException("Only clinic accounts can create a clinic profile");
		}
		if (clinics.existsByOwnerUserId(owner.id())) {
			throw alreadyRegistered();
		}
		requireUniqueGstin(details, null);
		Clinic clinic = saved(new Clinic(owner.id(), details, today(), now()));
		audit("CLINIC_REGISTERED", clinic, Map.of());
		return clinic;
	}

	/** Changes by the owner (a rejected profile is resubmitted) or by an admin. */
	public Clinic update(UUID clinicId, ClinicDetails details, AuthenticatedUser editor) {
		Clinic clinic = visibleTo(clinicId, editor, true);
		requireUniqueGstin(details, clinicId);
		Map<String, @Nullable Object> before = clinic.auditedFields();
		ApprovalStatus statusBefore = clinic.getStatus();
		boolean resubmitted = false;
		if (editor.role() == Role.ADMIN) {
			clinic.updateByAdmin(details, today(), now());
		}
		else {
			resubmitted = clinic.updateByOwner(details, today(), now());
		}
		saved(clinic);
		audit(resubmitted ? "CLINIC_RESUBMITTED" : "CLINIC_UPDATED", clinic, before);
		if (resubmitted) {
			publishStatusChange(clinic, statusBefore);
		}
		return clinic;
	}

	public Clinic approve(UUID clinicId, AuthenticatedUser admin) {
		return decide(clinicId, admin, "CLINIC_APPROVED", clinic -> clinic.decideApprove(today(), now()));
	}

	public Clinic reject(UUID clinicId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(clinicId, admin, "CLINIC_REJECTED", clinic -> clinic.decideReject(reason, now()));
	}

	public Clinic suspend(UUID clinicId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(clinicId, admin, "CLINIC_SUSPENDED", clinic -> clinic.decideSuspend(reason, now()));
	}

	public Clinic reinstate(UUID clinicId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(clinicId, admin, "CLINIC_REINSTATED", clinic -> clinic.decideReinstate(reason, today(), now()));
	}

	@Transactional(readOnly = true)
	public Optional<Clinic> findOwnedBy(UUID userId) {
		return clinics.findByOwnerUserId(userId);
	}

	/**
	 * A clinic for another module's service to act on, such as the invoices module naming
	 * it as a recipient; whoever shows it to a user checks first that they may see it.
	 */
	@Transactional(readOnly = true)
	public Optional<Clinic> find(UUID clinicId) {
		return clinics.findById(clinicId);
	}

	/**
	 * A clinic as {@code viewer} may see it: its owner, ADMIN and SUPPORT. For anyone
	 * else it does not exist.
	 */
	@Transactional(readOnly = true)
	public Clinic get(UUID clinicId, AuthenticatedUser viewer) {
		return visibleTo(clinicId, viewer, false);
	}

	/** The admin queue: by status and state, searching legal name and GSTIN. */
	@Transactional(readOnly = true)
	public Page<Clinic> search(@Nullable ApprovalStatus status, @Nullable IndianState state, @Nullable String search,
			Pageable pageable) {
		return clinics.search(status, state, search == null ? "" : search.strip().toLowerCase(Locale.ROOT), pageable);
	}

	private Clinic decide(UUID clinicId, AuthenticatedUser admin, String action, Consumer<Clinic> decision) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin decides on clinics");
		}
		Clinic clinic = clinics.findById(clinicId).orElseThrow(ClinicManagement::notFound);
		Map<String, @Nullable Object> before = clinic.auditedFields();
		ApprovalStatus statusBefore = clinic.getStatus();
		decision.accept(clinic);
		saved(clinic);
		audit(action, clinic, before);
		publishStatusChange(clinic, statusBefore);
		return clinic;
	}

	private Clinic visibleTo(UUID clinicId, AuthenticatedUser viewer, boolean forChange) {
		Clinic clinic = clinics.findById(clinicId).orElseThrow(ClinicManagement::notFound);
		boolean owner = clinic.getOwnerUserId().equals(viewer.id());
		boolean staff = forChange ? viewer.role() == Role.ADMIN : viewer.role().isStaff();
		if (!owner && !staff) {
			throw notFound();
		}
		return clinic;
	}

	private void requireUniqueGstin(ClinicDetails details, @Nullable UUID clinicId) {
		String gstin = details.gstin().value();
		if (clinicId == null ? clinics.existsByGstin(gstin) : clinics.existsByGstinAndIdNot(gstin, clinicId)) {
			throw duplicateGstin();
		}
	}

	/**
	 * Saves now, so that a unique constraint broken by a concurrent request is told apart
	 * from other failures.
	 */
	private Clinic saved(Clinic clinic) {
		try {
			return clinics.saveAndFlush(clinic);
		}
		catch (DataIntegrityViolationException violation) {
			String cause = String.valueOf(violation.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (cause.contains("clinics_gstin_unique")) {
				throw duplicateGstin();
			}
			if (cause.contains("clinics_owner_unique")) {
				throw alreadyRegistered();
			}
			throw violation;
		}
	}

	private void audit(String action, Clinic clinic, Map<String, @Nullable Object> before) {
		AuditedChange change = AuditedChange.of(action, ENTITY, clinic.getId()).fields(before, clinic.auditedFields());
		if (change.hasChanges()) {
			events.publishEvent(change);
		}
	}

	private void publishStatusChange(Clinic clinic, ApprovalStatus before) {
		events.publishEvent(new ClinicStatusChanged(clinic.getId(), clinic.getOwnerUserId(), clinic.getLegalName(),
				before, clinic.getStatus(), clinic.getStatusReason(), now()));
	}

	private static ConflictException duplicateGstin() {
		return new ConflictException("gstin", "Another clinic is already registered with this GSTIN.");
	}

	private static ConflictException alreadyRegistered() {
		return new ConflictException("Your account already has a clinic profile; edit it instead.");
	}

	private static NotFoundException notFound() {
		return new NotFoundException("There is no such clinic.");
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

	private Instant now() {
		return clock.instant();
	}

}
