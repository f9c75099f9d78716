package com.ayurlahi.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.gst.Gstin;

/**
 * What a clinic and a manufacturer profile share, and the rules they share: one per
 * owner; a licence that must be valid when the profile is submitted, resubmitted,
 * approved or reinstated; a legal name and GSTIN that the owner can't change once
 * approved; a rejected profile that goes back to the queue when its owner corrects it.
 * Only an approved profile whose licence is valid may trade.
 */
@MappedSuperclass
public abstract class BusinessProfile {

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "owner_user_id")
	private UUID ownerUserId;

	private String name;

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

	protected BusinessProfile(UUID ownerUserId, ProfileDetails details, LocalDate today, Instant now) {
		requireValidLicence(details.licence(), today);
		this.id = UUID.randomUUID();
		this.ownerUserId = ownerUserId;
		this.approval = Approval.pending();
		this.createdAt = now;
		this.updatedAt = now;
		this.name = details.name();
		this.gstin = details.gstin().value();
		this.address = details.address();
		this.licence = details.licence();
		this.contact = details.contact();
	}

	protected BusinessProfile() {
		// for JPA
	}

	/** The kind of business this is, for messages and the audit log. */
	protected abstract ProfileKind kind();

	/** A further condition for approval, if the kind of profile has one. */
	protected void requireApprovable() {
	}

	/**
	 * The owner's changes. On an approved or suspended profile the name and GSTIN stay as
	 * approved; a rejected profile goes back to the queue, with a licence valid today.
	 * @return whether this was a resubmission
	 */
	boolean updateByOwner(ProfileDetails details, LocalDate today, Instant now) {
		boolean identityChanged = !name.equals(details.name()) || !gstin.equals(details.gstin().value());
		if (identityChanged && (approval.is(ApprovalStatus.APPROVED) || approval.is(ApprovalStatus.SUSPENDED))) {
			throw new ConflictException("name", "The name and GSTIN of an approved " + kind().noun()
					+ " can only be changed by the Ayurlahi team: write to support.");
		}
		boolean resubmission = approval.is(ApprovalStatus.REJECTED);
		if (resubmission) {
			requireValidLicence(details.licence(), today);
		}
		updateByAdmin(details, today, now);
		if (resubmission) {
			approval.resubmit();
		}
		return resubmission;
	}

	/** Changes by the owner or an admin; a changed licence must be valid today. */
	void updateByAdmin(ProfileDetails details, LocalDate today, Instant now) {
		if (!details.licence().expiry().equals(licence.expiry())) {
			requireValidLicence(details.licence(), today);
		}
		name = details.name();
		gstin = details.gstin().value();
		address = details.address();
		licence = details.licence();
		contact = details.contact();
		touched(now);
	}

	void approve(LocalDate today, Instant now) {
		requireLicenceForApproval(today);
		requireApprovable();
		approval.approve(now);
		touched(now);
	}

	void reject(@Nullable String reason, Instant now) {
		approval.reject(reason);
		touched(now);
	}

	void suspend(@Nullable String reason, Instant now) {
		approval.suspend(reason);
		touched(now);
	}

	void reinstate(@Nullable String reason, LocalDate today, Instant now) {
		requireLicenceForApproval(today);
		approval.reinstate(reason);
		touched(now);
	}

	/**
	 * Only an approved profile whose licence is valid on {@code day} may trade (order, or
	 * sell).
	 */
	public boolean mayTradeOn(LocalDate day) {
		return approval.is(ApprovalStatus.APPROVED) && !licence.isExpiredOn(day);
	}

	public boolean isLicenceExpiredOn(LocalDate day) {
		return licence.isExpiredOn(day);
	}

	/**
	 * The fields as the audit log compares them before and after a change; subclasses add
	 * their own.
	 */
	protected Map<String, @Nullable Object> auditedFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", name);
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
		fields.put("status", approval.status());
		fields.put("statusReason", approval.reason());
		return fields;
	}

	protected void touched(Instant now) {
		updatedAt = now;
	}

	private void requireLicenceForApproval(LocalDate today) {
		if (licence.isExpiredOn(today)) {
			throw new ConflictException("The " + kind().licenceName() + " expired on " + licence.expiry() + ": the "
					+ kind().noun() + " can't be approved until it saves a renewed licence.");
		}
	}

	private void requireValidLicence(Licence candidate, LocalDate today) {
		if (candidate.isExpiredOn(today)) {
			throw new InvalidInputException(kind().licenceExpiryField(),
					"This licence has already expired; enter the expiry date of your current licence.");
		}
	}

	public UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	public UUID getOwnerUserId() {
		return ownerUserId;
	}

	public String getName() {
		return name;
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

}
