package com.ayurlahi.clinics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.profile.ApprovalStatus;

class ClinicTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	@Test
	void aLicenceThatExpiredBeforeSubmissionIsRefused() {
		assertThatThrownBy(() -> new Clinic(UUID.randomUUID(), details("Clinic", TODAY.minusDays(1)), TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(refused -> assertThat(((InvalidInputException) refused).field()).isEqualTo("drugLicenseExpiry"));
		assertThat(new Clinic(UUID.randomUUID(), details("Clinic", TODAY), TODAY, NOW).mayOrderOn(TODAY)).isFalse();
	}

	@Test
	void aRejectedProfileWhoseLicenceLapsedCantBeResubmittedWithIt() {
		Clinic clinic = new Clinic(UUID.randomUUID(), details("Clinic", TODAY.plusDays(3)), TODAY, NOW);
		clinic.decideReject("Wrong address", NOW);
		LocalDate later = TODAY.plusDays(10);

		assertThatThrownBy(() -> clinic.updateByOwner(details("Clinic", TODAY.plusDays(3)), later, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("already expired");
		assertThat(clinic.getStatus()).isEqualTo(ApprovalStatus.REJECTED);
		assertThat(clinic.updateByOwner(details("Clinic", later.plusYears(1)), later, NOW)).isTrue();
		assertThat(clinic.getStatus()).isEqualTo(ApprovalStatus.PENDING_APPROVAL);
	}

	@Test
	void aSuspendedClinicWhoseLicenceLapsedCantBeReinstated() {
		Clinic clinic = new Clinic(UUID.randomUUID(), details("Clinic", TODAY.plusDays(3)), TODAY, NOW);
		clinic.decideApprove(TODAY, NOW);
		clinic.decideSuspend("Complaint", NOW);

		assertThatThrownBy(() -> clinic.decideReinstate("Resolved", TODAY.plusDays(10), NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("drug licence expired on");
		assertThat(clinic.getStatus()).isEqualTo(ApprovalStatus.SUSPENDED);
	}

	@Test
	void anApprovedClinicKeepsItsNameButMayChangeEverythingElse() {
		Clinic clinic = new Clinic(UUID.randomUUID(), details("Clinic", TODAY.plusYears(1)), TODAY, NOW);
		clinic.decideApprove(TODAY, NOW);

		assertThatThrownBy(() -> clinic.updateByOwner(details("Other Name", TODAY.plusYears(1)), TODAY, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(clinic.updateByOwner(details("Clinic", TODAY.plusYears(2)), TODAY, NOW)).isFalse();
		assertThat(clinic.getLicence().expiry()).isEqualTo(TODAY.plusYears(2));
		assertThat(clinic.mayOrderOn(TODAY)).isTrue();
		assertThat(clinic.mayOrderOn(TODAY.plusYears(2).plusDays(1))).isFalse();
	}

	private static ClinicDetails details(String name, LocalDate licenceExpiry) {
		return new ClinicDetails(name, Gstin.parse("32AAFCA1234K1Z3"), "KL-1", licenceExpiry, "Road", null, "Thrissur",
				"680001", "Dr. A", "+919847012345", "a@example.in");
	}

}
