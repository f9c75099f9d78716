package com.ayurlahi.clinics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.profile.Approval;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.common.profile.ContactDetails;
import com.ayurlahi.common.profile.Licence;
import com.ayurlahi.common.profile.PostalAddress;

/**
 * A clinic's profile. It guards its own rules: the licence must be valid when submitted and when approved; an
 * owner can't change the legal name or GSTIN of an approved profile; a rejected profile that its owner
 * corrects goes back to the queue.
 */
@Entity
@Table(name = "clinics")
public class Clinic {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "owner_user_id")
    private UUID ownerUserId;

    @Column(name = "legal_name")
    private String legalName;

    private String gstin;

    @Embedded
    private PostalAddress address;

    @Embedded
    private Licence licence;

    @Embedded
    private ContactDetails contact;

    @Embedded
    private Approval approval;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    Clinic(UUID ownerUserId, ClinicDetails details, LocalDate today, Instant now) {
        requireValidLicence(details.drugLicenceExpiry(), today);
        this.id = UUID.randomUUID();
        this.ownerUserId = ownerUserId;
        this.legalName = details.legalName();
        this.gstin = details.gstin().value();
        this.address = details.address();
        this.licence = details.licence();
        this.contact = details.contact();
        this.approval = Approval.pending();
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected Clinic() {
        // for JPA
    }

    /**
     * The owner's changes. On an approved or suspended profile the legal name and GSTIN stay as approved; a
     * rejected profile goes back to the queue.
     *
     * @return whether this was a resubmission
     */
    boolean updateByOwner(ClinicDetails details, LocalDate today, Instant now) {
        boolean identityChanged = !legalName.equals(details.legalName()) || !gstin.equals(details.gstin().value());
        if (identityChanged && (approval.is(ApprovalStatus.APPROVED) || approval.is(ApprovalStatus.SUSPENDED))) {
            throw new ConflictException("name", "The legal name and GSTIN of an approved clinic can only be "
                    + "changed by the Ayurlahi team: write to support.");
        }
        apply(details, today, now);
        if (approval.is(ApprovalStatus.REJECTED)) {
            approval.resubmit();
            return true;
        }
        return false;
    }

    /** An admin's changes: any field, the status stays. */
    void updateByAdmin(ClinicDetails details, LocalDate today, Instant now) {
        apply(details, today, now);
    }

    void approve(LocalDate today, Instant now) {
        if (licence.isExpiredOn(today)) {
            throw new ConflictException("The drug licence expired on " + licence.expiry()
                    + ": the clinic can't be approved until it saves a renewed licence.");
        }
        approval.approve(now);
        updatedAt = now;
    }

    void reject(@Nullable String reason, Instant now) {
        approval.reject(reason);
        updatedAt = now;
    }

    void suspend(@Nullable String reason, Instant now) {
        approval.suspend(reason);
        updatedAt = now;
    }

    void reinstate(@Nullable String reason, Instant now) {
        approval.reinstate(reason);
        updatedAt = now;
    }

    /** Only an approved clinic whose licence is valid today may place orders. */
    public boolean mayOrderOn(LocalDate day) {
        return approval.is(ApprovalStatus.APPROVED) && !licence.isExpiredOn(day);
    }

    public boolean isLicenceExpiredOn(LocalDate day) {
        return licence.isExpiredOn(day);
    }

    /** The fields as the audit log compares them before and after a change. */
    Map<String, @Nullable Object> auditedFields() {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("legalName", legalName);
        fields.put("gstin", gstin);
        fields.put("addressLine1", address.line1());
        fields.put("addressLine2", address.line2());
        fields.put("city", address.city());
        fields.put("pincode", address.pincode());
        fields.put("stateCode", address.state().code());
        fields.put("drugLicenceNumber", licence.number());
        fields.put("drugLicenceExpiry", licence.expiry());
        fields.put("contactPerson", contact.person());
        fields.put("contactPhone", contact.phone());
        fields.put("contactEmail", contact.email());
        fields.put("status", approval.status());
        fields.put("statusReason", approval.reason());
        return fields;
    }

    private void apply(ClinicDetails details, LocalDate today, Instant now) {
        if (!details.drugLicenceExpiry().equals(licence.expiry())) {
            requireValidLicence(details.drugLicenceExpiry(), today);
        }
        legalName = details.legalName();
        gstin = details.gstin().value();
        address = details.address();
        licence = details.licence();
        contact = details.contact();
        updatedAt = now;
    }

    private static void requireValidLicence(LocalDate expiry, LocalDate today) {
        if (expiry.isBefore(today)) {
            throw new InvalidInputException("drugLicenseExpiry",
                    "This licence has already expired; enter the expiry date of your current licence.");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerUserId() {
        return ownerUserId;
    }

    public String getLegalName() {
        return legalName;
    }

    public Gstin getGstin() {
        return new Gstin(gstin);
    }

    public PostalAddress getAddress() {
        return address;
    }

    public Licence getLicence() {
        return licence;
    }

    public ContactDetails getContact() {
        return contact;
    }

    public ApprovalStatus getStatus() {
        return approval.status();
    }

    public @Nullable String getStatusReason() {
        return approval.reason();
    }

    public @Nullable Instant getApprovedAt() {
        return approval.approvedAt();
    }

    public Set<String> getPossibleDecisions() {
        return approval.possibleDecisions();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
