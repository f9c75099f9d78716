package com.ayurlahi.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.users.Role;

/**
 * The rules every profile shares, on a profile of a kind named like a clinic.
 */
class BusinessProfileTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	@Test
	void aLicenceThatExpiredBeforeSubmissionIsRefused() {
		assertThatThrownBy(() -> new Clinic(UUID.randomUUID(), details("Clinic", TODAY.minusDays(1)), TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(refused -> assertThat(((InvalidInputException) refused).field()).isEqualTo("drugLicenseExpiry"));
		assertThat(new Clinic(UUID.randomUUID(), details("Clinic", TODAY), TODAY, NOW).mayTradeOn(TODAY)).isFalse();
	}

	@Test
	void aRejectedProfileWhoseLicenceLapsedCantBeResubmittedWithIt() {
		Clinic clinic = new Clinic(UUID.randomUUID(), details("Clinic", TODAY.plusDays(3)), TODAY, NOW);
		clinic.reject("Wrong address", NOW);
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
		clinic.approve(TODAY, NOW);
		clinic.suspend("Complaint", NOW);

		assertThatThrownBy(() -> clinic.reinstate("Resolved", TODAY.plusDays(10), NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("drug licence expired on");
		assertThat(clinic.getStatus()).isEqualTo(ApprovalStatus.SUSPENDED);
	}

	@Test
	void anApprovedClinicKeepsItsNameButMayChangeEverythingElse() {
		Clinic clinic = new Clinic(UUID.randomUUID(), details("Clinic", TODAY.plusYears(1)), TODAY, NOW);
		clinic.approve(TODAY, NOW);

		assertThatThrownBy(() -> clinic.updateByOwner(details("Other Name", TODAY.plusYears(1)), TODAY, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(clinic.updateByOwner(details("Clinic", TODAY.plusYears(2)), TODAY, NOW)).isFalse();
		assertThat(clinic.getLicence().expiry()).isEqualTo(TODAY.plusYears(2));
		assertThat(clinic.mayTradeOn(TODAY)).isTrue();
		assertThat(clinic.mayTradeOn(TODAY.plusYears(2).plusDays(1))).isFalse();
	}

	private static ProfileDetails details(String name, LocalDate licenceExpiry) {
		return new ProfileDetails(name, Gstin.parse("32AAFCA1234K1Z3"), new Licence("KL-1", licenceExpiry),
				new AddressLines("Road", null, "Thrissur", "680001"),
				new ContactDetails("Dr. A", "+919847012345", "a@example.in"));
	}

	/** A kind of profile for these tests, named as the clinics module names its own. */
	private static final class Clinic extends BusinessProfile {

		private static final ProfileKind KIND = new ProfileKind("clinic", Role.CLINIC, "drug licence",
				"drugLicenseExpiry");

		Clinic(UUID ownerUserId, ProfileDetails details, LocalDate today, Instant now) {
			super(ownerUserId, details, today, now);
		}

		@Override
		protected ProfileKind kind() {
			return KIND;
		}

	}

}
