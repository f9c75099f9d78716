package com.ayurlahi.test;

import java.time.LocalDate;
import java.util.UUID;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Clinic and manufacturer profiles for tests, each with its own owner, GSTIN and contact.
 */
public final class Profiles {

	/**
	 * The admin who approves test profiles (it needs no account: decisions only check the
	 * role).
	 */
	public static final AuthenticatedUser ADMIN = AuthenticatedUser.fromToken(UUID.randomUUID(),
			"test-admin@test.ayurlahi.in", "Test Admin", Role.ADMIN);

	private Profiles() {
	}

	public static ProfileDetails clinicDetails(IndianState state) {
		Gstin gstin = TestGstins.random(state);
		return new ProfileDetails("Test Clinic " + gstin.pan(), gstin,
				new Licence("DL-" + gstin.pan(), LocalDate.now().plusYears(1)),
				new AddressLines("12 Temple Road", null, "Testpur", "680001"),
				new ContactDetails("Dr. Contact", Accounts.uniqueMobile(), Accounts.uniqueEmail("clinic-contact")));
	}

	public static ManufacturerDetails manufacturerDetails(IndianState state) {
		Gstin gstin = TestGstins.random(state);
		return new ManufacturerDetails(
				new ProfileDetails("Test Pharma " + gstin.pan(), gstin,
						new Licence("25D/" + gstin.pan(), LocalDate.now().plusYears(1)),
						new AddressLines("Plot 7, Industrial Area", null, "Testnagar", "411026"),
						new ContactDetails("Mr. Contact", Accounts.uniqueMobile(),
								Accounts.uniqueEmail("maker-contact"))),
				new ManufacturerDetails.Settlement("Test Pharma " + gstin.pan(), "HDFC0001234", "50200012345678"));
	}

	public static OwnedClinic pendingClinic(UserManagement users, ClinicManagement clinics, ProfileDetails details) {
		User owner = Accounts.create(users, Role.CLINIC);
		return new OwnedClinic(owner, clinics.register(Accounts.principal(owner), details));
	}

	public static OwnedClinic approvedClinic(UserManagement users, ClinicManagement clinics, IndianState state) {
		OwnedClinic pending = pendingClinic(users, clinics, clinicDetails(state));
		return new OwnedClinic(pending.owner(), clinics.approve(pending.clinic().getId(), ADMIN));
	}

	public static OwnedManufacturer pendingManufacturer(UserManagement users, ManufacturerManagement manufacturers,
			ManufacturerDetails details) {
		User owner = Accounts.create(users, Role.MANUFACTURER);
		return new OwnedManufacturer(owner, manufacturers.register(Accounts.principal(owner), details));
	}

	public static OwnedManufacturer approvedManufacturer(UserManagement users, ManufacturerManagement manufacturers,
			IndianState state) {
		OwnedManufacturer pending = pendingManufacturer(users, manufacturers, manufacturerDetails(state));
		return new OwnedManufacturer(pending.owner(), manufacturers.approve(pending.manufacturer().getId(), ADMIN));
	}

	public record OwnedClinic(User owner, Clinic clinic) {
	}

	public record OwnedManufacturer(User owner, Manufacturer manufacturer) {
	}

}
