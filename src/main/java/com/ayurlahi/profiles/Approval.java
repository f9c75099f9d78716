package com.ayurlahi.profiles;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;

/**
 * The approval lifecycle of a profile, in one place: <pre>
 * PENDING_APPROVAL → APPROVED | REJECTED (reason)
 * REJECTED → PENDING_APPROVAL (the owner corrects and resubmits)
 * APPROVED → SUSPENDED (reason) → APPROVED (reinstated, reason)
 * </pre> Any other step is refused with a {@link ConflictException} that says which steps
 * are possible. Whether a licence allows approval is the owning profile's check.
 */
@Embeddable
public class Approval {

	public static final int MAX_REASON_LENGTH = 500;

	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private ApprovalStatus status;

	@Column(name = "status_reason")
	private @Nullable String reason;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	protected Approval() {
		this.status = ApprovalStatus.PENDING_APPROVAL;
	}

	public static Approval pending() {
		return new Approval();
	}

	public ApprovalStatus status() {
		return status;
	}

	/** Why the profile was rejected or suspended, or why it was reinstated. */
	public @Nullable String reason() {
		return reason;
	}

	/** When the profile was first approved. */
	public @Nullable Instant approvedAt() {
		return approvedAt;
	}

	public boolean is(ApprovalStatus expected) {
		return status == expected;
	}

	public void approve(Instant now) {
		move(ApprovalStatus.APPROVED, EnumSet.of(ApprovalStatus.PENDING_APPROVAL), null);
		if (approvedAt == null) {
			approvedAt = now;
		}
	}

	public void reject(@Nullable String reason) {
		move(ApprovalStatus.REJECTED, EnumSet.of(ApprovalStatus.PENDING_APPROVAL), requireReason(reason));
	}

	public void suspend(@Nullable String reason) {
		move(ApprovalStatus.SUSPENDED, EnumSet.of(ApprovalStatus.APPROVED), requireReason(reason));
	}

	public void reinstate(@Nullable String reason) {
		move(ApprovalStatus.APPROVED, EnumSet.of(ApprovalStatus.SUSPENDED), requireReason(reason));
	}

	public void resubmit() {
		move(ApprovalStatus.PENDING_APPROVAL, EnumSet.of(ApprovalStatus.REJECTED), null);
	}

	/** The steps an admin may take from the current status. */
	public Set<String> possibleDecisions() {
		return switch (status) {
			case PENDING_APPROVAL -> Set.of("approve", "reject");
			case APPROVED -> Set.of("suspend");
			case SUSPENDED -> Set.of("reinstate");
			case REJECTED -> Set.of();
		};
	}

	private void move(ApprovalStatus target, Set<ApprovalStatus> allowedFrom, @Nullable String newReason) {
		if (!allowedFrom.contains(status)) {
			throw new ConflictException("A profile that is " + status.label().toLowerCase() + " can't be "
					+ verb(target) + "; " + possibilities() + ".");
		}
		status = target;
		reason = newReason;
	}

	private String possibilities() {
		Set<String> decisions = possibleDecisions();
		if (decisions.isEmpty()) {
			return status == ApprovalStatus.REJECTED ? "the owner must correct and resubmit it first"
					: "no decision is possible now";
		}
		return "it can be " + decisions.stream().sorted().map(Approval::pastTense).collect(Collectors.joining(" or "));
	}

	private static String verb(ApprovalStatus target) {
		return switch (target) {
			case APPROVED -> "approved or reinstated";
			case REJECTED -> "rejected";
			case SUSPENDED -> "suspended";
			case PENDING_APPROVAL -> "resubmitted";
		};
	}

	private static String pastTense(String decision) {
		return decision.endsWith("e") ? decision + "d" : decision + "ed";
	}

	private static String requireReason(@Nullable String reason) {
		String trimmed = reason == null ? "" : reason.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException("reason", "Give a reason; the owner sees it.");
		}
		if (trimmed.length() > MAX_REASON_LENGTH) {
			throw new InvalidInputException("reason", "Use at most " + MAX_REASON_LENGTH + " characters.");
		}
		return PlainTexts.require(trimmed, "reason", true);
	}

}
