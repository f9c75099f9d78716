package com.ayurlahi.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;

class ApprovalTest {

	private static final Instant MONDAY = Instant.parse("2026-11-23T05:00:00Z");

	private static final Instant FRIDAY = Instant.parse("2026-11-27T05:00:00Z");

	@Test
	void aPendingProfileIsApprovedOnceAndKeepsItsFirstApprovalDate() {
		Approval approval = Approval.pending();

		approval.approve(MONDAY);
		approval.suspend("Licence under review");
		approval.reinstate("Licence confirmed");

		assertThat(approval.status()).isEqualTo(ApprovalStatus.APPROVED);
		assertThat(approval.approvedAt()).isEqualTo(MONDAY);
		assertThat(approval.reason()).isEqualTo("Licence confirmed");
	}

	@Test
	void aRejectedProfileGoesBackToTheQueueWhenResubmitted() {
		Approval approval = Approval.pending();

		approval.reject("  The GSTIN belongs to another business.  ");
		assertThat(approval.reason()).isEqualTo("The GSTIN belongs to another business.");
		approval.resubmit();

		assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
		assertThat(approval.reason()).isNull();
		approval.approve(FRIDAY);
		assertThat(approval.approvedAt()).isEqualTo(FRIDAY);
	}

	@Test
	void illegalStepsSayWhatIsPossible() {
		Approval approved = Approval.pending();
		approved.approve(MONDAY);

		assertThatThrownBy(() -> approved.approve(FRIDAY)).isInstanceOf(ConflictException.class)
			.hasMessage("A profile that is approved can't be approved or reinstated; it can be suspended.");
		assertThatThrownBy(() -> approved.reject("late"))
			.hasMessage("A profile that is approved can't be rejected; it can be suspended.");
		assertThatThrownBy(() -> Approval.pending().suspend("why"))
			.hasMessage("A profile that is pending approval can't be suspended; it can be approved or rejected.");
		Approval rejected = Approval.pending();
		rejected.reject("No licence");
		assertThatThrownBy(() -> rejected.approve(FRIDAY)).hasMessage(
				"A profile that is rejected can't be approved or reinstated; the owner must correct and resubmit it first.");
	}

	@Test
	void rejectionsSuspensionsAndReinstatementsNeedAReason() {
		assertThatThrownBy(() -> Approval.pending().reject("   ")).isInstanceOf(InvalidInputException.class)
			.hasMessage("Give a reason; the owner sees it.");
		assertThatThrownBy(() -> Approval.pending().reject(null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Approval.pending().reject("x".repeat(501))).hasMessage("Use at most 500 characters.");
		assertThatThrownBy(() -> Approval.pending().reject("bad\u0000byte")).hasMessage(
				"Remove the invisible or control characters (such as direction marks or zero-width spaces); use letters, digits and punctuation.");
	}

	@Test
	void possibleDecisionsFollowTheStatus() {
		Approval approval = Approval.pending();
		assertThat(approval.possibleDecisions()).containsExactlyInAnyOrder("approve", "reject");
		approval.approve(MONDAY);
		assertThat(approval.possibleDecisions()).containsExactly("suspend");
		approval.suspend("Complaint");
		assertThat(approval.possibleDecisions()).containsExactly("reinstate");
	}

}
