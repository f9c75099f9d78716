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
 * Onboarding of clinics and the team's decisions on them. Every change is audited in its transaction; status
 * changes are published as {@link ClinicStatusChanged}. Who may call what (owner, ADMIN, SUPPORT) is checked
 * here for reads and profile changes; decisions are reachable only from ADMIN endpoints.
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
            throw new ConflictException("Only clinic accounts can create a clinic profile.");
        }
        if (clinics.existsByOwnerUserId(owner.id())) {
            throw new ConflictException("Your account already has a clinic profile; edit it instead.");
        }
        requireUniqueGstin(details, null);
        Clinic clinic = saved(new Clinic(owner.id(), details, today(), now()));
        audit(AuditedChange.of("CLINIC_REGISTERED", ENTITY, clinic.getId()), Map.of(), clinic.auditedFields());
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
        } else {
            resubmitted = clinic.updateByOwner(details, today(), now());
        }
        saved(clinic);
        audit(AuditedChange.of(resubmitted ? "CLINIC_RESUBMITTED" : "CLINIC_UPDATED", ENTITY, clinicId), before,
                clinic.auditedFields());
        if (resubmitted) {
            publishStatusChange(clinic, statusBefore);
        }
        return clinic;
    }

    public Clinic approve(UUID clinicId) {
        return decide(clinicId, "CLINIC_APPROVED", clinic -> clinic.approve(today(), now()));
    }

    public Clinic reject(UUID clinicId, @Nullable String reason) {
        return decide(clinicId, "CLINIC_REJECTED", clinic -> clinic.reject(reason, now()));
    }

    public Clinic suspend(UUID clinicId, @Nullable String reason) {
        return decide(clinicId, "CLINIC_SUSPENDED", clinic -> clinic.suspend(reason, now()));
    }

    public Clinic reinstate(UUID clinicId, @Nullable String reason) {
        return decide(clinicId, "CLINIC_REINSTATED", clinic -> clinic.reinstate(reason, now()));
    }

    @Transactional(readOnly = true)
    public Optional<Clinic> findOwnedBy(UUID userId) {
        return clinics.findByOwnerUserId(userId);
    }

    /**
     * A clinic as {@code viewer} may see it: its owner, ADMIN and SUPPORT. For anyone else it does not exist.
     */
    @Transactional(readOnly = true)
    public Clinic get(UUID clinicId, AuthenticatedUser viewer) {
        return visibleTo(clinicId, viewer, false);
    }

    /** The admin queue: by status and state, searching legal name and GSTIN, newest first. */
    @Transactional(readOnly = true)
    public Page<Clinic> search(@Nullable ApprovalStatus status, @Nullable IndianState state, @Nullable String search,
            Pageable pageable) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return clinics.search(status, state, term, pageable);
    }

    private Clinic decide(UUID clinicId, String action, Consumer<Clinic> decision) {
        Clinic clinic = clinics.findById(clinicId).orElseThrow(ClinicManagement::notFound);
        Map<String, @Nullable Object> before = clinic.auditedFields();
        ApprovalStatus statusBefore = clinic.getStatus();
        decision.accept(clinic);
        saved(clinic);
        audit(AuditedChange.of(action, ENTITY, clinicId), before, clinic.auditedFields());
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
        boolean taken = clinicId == null ? clinics.existsByGstin(gstin) : clinics.existsByGstinAndIdNot(gstin, clinicId);
        if (taken) {
            throw duplicateGstin();
        }
    }

    private Clinic saved(Clinic clinic) {
        try {
            return clinics.saveAndFlush(clinic);
        } catch (DataIntegrityViolationException violation) {
            if (String.valueOf(violation.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT).contains("clinics_gstin_unique")) {
                throw duplicateGstin();
            }
            throw violation;
        }
    }

    private void audit(AuditedChange change, Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
        events.publishEvent(change.fields(before, after));
    }

    private void publishStatusChange(Clinic clinic, ApprovalStatus before) {
        events.publishEvent(new ClinicStatusChanged(clinic.getId(), clinic.getOwnerUserId(), clinic.getLegalName(),
                before, clinic.getStatus(), clinic.getStatusReason()));
    }

    private static ConflictException duplicateGstin() {
        return new ConflictException("gstin", "Another clinic is already registered with this GSTIN.");
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
