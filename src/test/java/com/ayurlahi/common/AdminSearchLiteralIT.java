package com.ayurlahi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

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
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.users.NewAccount;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The team's searches for clinics, manufacturers and staff take {@code %} and {@code _}
 * as the characters they are, not as wildcards.
 */
@IntegrationTest
class AdminSearchLiteralIT {

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Test
	void staffSearchMatchesPercentAndUnderscoreLiterally() {
		String tag = tag();
		User literal = users.createStaffAccount(staff("Asha 100%_" + tag));
		User lookalike = users.createStaffAccount(staff("Asha 1000x" + tag));

		assertThat(users.staff("100%_" + tag)).extracting(User::getId)
			.contains(literal.getId())
			.doesNotContain(lookalike.getId());
		assertThat(users.staff("100_x" + tag)).isEmpty();
	}

	@Test
	void clinicAndManufacturerSearchesMatchPercentAndUnderscoreLiterally() {
		String tag = tag();
		Clinic literalClinic = Profiles
			.pendingClinic(users, clinics, clinicNamed("Vaidya 100%_" + tag, IndianState.KERALA))
			.clinic();
		Clinic lookalikeClinic = Profiles
			.pendingClinic(users, clinics, clinicNamed("Vaidya 1000x" + tag, IndianState.KERALA))
			.clinic();
		Manufacturer literalMaker = Profiles
			.pendingManufacturer(users, manufacturers, makerNamed("Oushadhi 50%_" + tag))
			.manufacturer();
		Manufacturer lookalikeMaker = Profiles
			.pendingManufacturer(users, manufacturers, makerNamed("Oushadhi 500x" + tag))
			.manufacturer();

		assertThat(clinics.search(null, null, "100%_" + tag, PageRequest.of(0, 20)).getContent())
			.extracting(Clinic::getId)
			.containsExactly(literalClinic.getId());
		assertThat(clinics.search(null, null, "1000_" + tag, PageRequest.of(0, 20)).getContent()).isEmpty();
		assertThat(manufacturers.search(null, null, "50%_" + tag, PageRequest.of(0, 20)).getContent())
			.extracting(Manufacturer::getId)
			.containsExactly(literalMaker.getId())
			.doesNotContain(lookalikeMaker.getId());
		assertThat(clinics.search(null, null, "%", PageRequest.of(0, 20)).getContent()).extracting(Clinic::getId)
			.doesNotContain(lookalikeClinic.getId());
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static NewAccount staff(String name) {
		return new NewAccount(Accounts.uniqueEmail("staff"), Accounts.PASSWORD, name, null, Role.SUPPORT);
	}

	private static ProfileDetails clinicNamed(String name, IndianState state) {
		Gstin gstin = TestGstins.random(state);
		return new ProfileDetails(name, gstin, new Licence("DL-" + gstin.pan(), LocalDate.now().plusYears(1)),
				new AddressLines("12 Temple Road", null, "Testpur", "680001"),
				new ContactDetails("Dr. Contact", Accounts.uniqueMobile(), Accounts.uniqueEmail("clinic-contact")));
	}

	private static ManufacturerDetails makerNamed(String name) {
		ManufacturerDetails details = Profiles.manufacturerDetails(IndianState.MAHARASHTRA);
		ProfileDetails profile = details.profile();
		return new ManufacturerDetails(
				new ProfileDetails(name, profile.gstin(), profile.licence(), profile.addressLines(), profile.contact()),
				details.settlement());
	}

}
