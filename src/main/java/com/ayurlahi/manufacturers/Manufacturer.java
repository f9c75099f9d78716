package com.ayurlahi.manufacturers;

import java.math.BigDecimal;
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
 * A manufacturer's profile. Like a clinic's, its licence must be valid when submitted and approved, and its
 * owner can't change the company name or GSTIN once approved. Commission rate and Razorpay account are the
 * platform's to set.
 */
@Entity
@Table(name = "manufacturers")
public class Manufacturer {

    @Id
    private UUID id;

    @Version
    private @Nullable Long version;

    @Column(name = "owner_user_id")
    private UUID ownerUserId;

    @Column(name = "company_name")
    private String companyName;

    private String gstin;

    @Embedded
    private PostalAddress address;

    @Embedded
    private Licence licence;

    @Embedded
    private ContactDetails contact;

    @Embedded
    private @Nullable SettlementAccount settlement;

    @Column(name = "commission_rate")
    private BigDecimal commissionRate;

    @Column(name = "razorpay_account_id")
    private @Nullable String razorpayAccountId;

    @Embedded
    private Approval approval;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    Manufacturer(UUID ownerUserId, ManufacturerDetails details, BigDecimal commissionRate, LocalDate today, Instant now) {
        requireValidLicence(details.licenceExpiry(), today);
        this.id = UUID.randomUUID();
        this.ownerUserId = ownerUserId;
        this.companyName = details.companyName();
        this.gstin = details.gstin().value();
        this.address = details.address();
        this.licence = details.licence();
        this.contact = details.contact();
        this.settlement = details.settlement() == null ? null : settlement(details.settlement(), null);
        this.commissionRate = commissionRate;
        this.approval = Approval.pending();
        this.createdAt = now;
        this.updatedAt = now;
    }

    protected Manufacturer() {
        // for JPA
    }

    /**
     * The owner's changes; a rejected profile goes back to the queue.
     *
     * @return whether this was a resubmission
     */
    boolean updateByOwner(ManufacturerDetails details, LocalDate today, Instant now) {
        boolean identityChanged = !companyName.equals(details.companyName()) || !gstin.equals(details.gstin().value());
        if (identityChanged && (approval.is(ApprovalStatus.APPROVED) || approval.is(ApprovalStatus.SUSPENDED))) {
            throw new ConflictException("name", "The company name and GSTIN of an approved manufacturer can "
                    + "only be changed by the Ayurlahi team: write to support.");
        }
        apply(details, today, now);
        if (approval.is(ApprovalStatus.REJECTED)) {
            approval.resubmit();
            return true;
        }
        return false;
    }

    void updateByAdmin(ManufacturerDetails details, LocalDate today, Instant now) {
        apply(details, today, now);
    }

    void setTerms(BigDecimal commissionRate, @Nullable String razorpayAccountId, Instant now) {
        this.commissionRate = commissionRate;
        this.razorpayAccountId = razorpayAccountId;
        this.updatedAt = now;
    }

    void approve(LocalDate today, Instant now) {
        if (licence.isExpiredOn(today)) {
            throw new ConflictException("The manufacturing licence expired on " + licence.expiry()
                    + ": the manufacturer can't be approved until it saves a renewed licence.");
        }
        if (settlement == null) {
            throw new ConflictException("The manufacturer has not given a bank account for its settlements yet: "
                    + "it can't be approved without one.");
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

    /** Only an approved manufacturer whose licence is valid today may list products that clinics can order. */
    public boolean maySellOn(LocalDate day) {
        return approval.is(ApprovalStatus.APPROVED) && !licence.isExpiredOn(day);
    }

    public boolean isLicenceExpiredOn(LocalDate day) {
        return licence.isExpiredOn(day);
    }

    /** The fields as the audit log compares them; the account number only masked. */
    Map<String, @Nullable Object> auditedFields() {
        Map<String, @Nullable Object> fields = new LinkedHashMap<>();
        fields.put("companyName", companyName);
        fields.put("gstin", gstin);
        fields.put("addressLine1", address.line1());
        fields.put("addressLine2", address.line2());
        fields.put("city", address.city());
        fields.put("pincode", address.pincode());
        fields.put("stateCode", address.state().code());
        fields.put("licenceNumber", licence.number());
        fields.put("licenceExpiry", licence.expiry());
        fields.put("contactPerson", contact.person());
        fields.put("contactPhone", contact.phone());
        fields.put("contactEmail", contact.email());
        fields.put("settlementAccountHolder", settlement == null ? null : settlement.accountHolder());
        fields.put("settlementIfsc", settlement == null ? null : settlement.ifsc());
        fields.put("settlementAccountNumber", settlement == null ? null : settlement.maskedAccountNumber());
        fields.put("commissionRate", commissionRate.toPlainString());
        fields.put("razorpayAccountId", razorpayAccountId);
        fields.put("status", approval.status());
        fields.put("statusReason", approval.reason());
        return fields;
    }

    private void apply(ManufacturerDetails details, LocalDate today, Instant now) {
        if (!details.licenceExpiry().equals(licence.expiry())) {
            requireValidLicence(details.licenceExpiry(), today);
        }
        companyName = details.companyName();
        gstin = details.gstin().value();
        address = details.address();
        licence = details.licence();
        contact = details.contact();
        if (details.settlement() != null) {
            settlement = settlement(details.settlement(), settlement);
        }
        updatedAt = now;
    }

    private static SettlementAccount settlement(ManufacturerDetails.Settlement given, @Nullable SettlementAccount onFile) {
        String accountNumber = given.accountNumber() != null ? given.accountNumber()
                : onFile != null ? onFile.accountNumber() : null;
        if (accountNumber == null) {
            throw new InvalidInputException("accountNumber", "Enter the account number settlements are paid into.");
        }
        return new SettlementAccount(given.accountHolder(), given.ifsc(), accountNumber);
    }

    private static void requireValidLicence(LocalDate expiry, LocalDate today) {
        if (expiry.isBefore(today)) {
            throw new InvalidInputException("licenseExpiry",
                    "This licence has already expired; enter the expiry date of your current licence.");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getOwnerUserId() {
        return ownerUserId;
    }

    public String getCompanyName() {
        return companyName;
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

    /** The bank account settlements go to, if given yet. */
    public @Nullable SettlementAccount getSettlement() {
        return settlement;
    }

    public BigDecimal getCommissionRate() {
        return commissionRate;
    }

    public @Nullable String getRazorpayAccountId() {
        return razorpayAccountId;
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
