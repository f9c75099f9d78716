package com.ayurlahi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.jayway.jsonpath.JsonPath;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedClinic;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The Clinics and Manufacturers endpoints as the contract describes them: shapes,
 * normalisation, PATCH rules, decisions and problem+json for bad input.
 */
@IntegrationTest
class ProfilesApiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	ClinicManagement clinics;

	@Autowired
	ManufacturerManagement manufacturers;

	@Autowired
	JwtTokens tokens;

	@Test
	void aClinicCreatesItsProfileWhichTheApiShowsAsInTheContract() {
		User owner = Accounts.create(users, Role.CLINIC);
		String gstin = TestGstins.random(IndianState.KERALA).value();

		MvcTestResult created = call(owner, mvc.post().uri("/api/clinics"), """
				{"name": "Panchakarma Centre", "gstin": " %s ", "drugLicenseNumber": "KL-EKM-20B-11",
				 "drugLicenseExpiry": "2030-03-31", "addressLine1": "MG Road", "city": "Kochi", "pincode": "682016",
				 "contactPerson": "Dr. Rema", "phone": "9847012345", "email": "Rema@Example.in"}
				""".formatted(gstin.toLowerCase()));

		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.gstin").isEqualTo(gstin);
		assertThat(created).bodyJson().extractingPath("$.stateCode").isEqualTo("32");
		assertThat(created).bodyJson().extractingPath("$.stateName").isEqualTo("Kerala");
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("PENDING_APPROVAL");
		assertThat(created).bodyJson().extractingPath("$.phone").isEqualTo("+919847012345");
		assertThat(created).bodyJson().extractingPath("$.email").isEqualTo("rema@example.in");
		assertThat(call(owner, mvc.get().uri("/api/clinics/me"), null)).bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Panchakarma Centre");
		assertThat(call(owner, mvc.get().uri("/api/users/me"), null)).bodyJson()
			.extractingPath("$.clinicId")
			.isEqualTo(JsonPath.read(contentOf(created), "$.id"));
	}

	@Test
	void badProfilesAreRefusedFieldByFieldAndNothingIsSaved() {
		User owner = Accounts.create(users, Role.CLINIC);

		MvcTestResult refused = call(owner, mvc.post().uri("/api/clinics"), """
				{"name": "", "gstin": "32AAFCA1234K1Z4", "drugLicenseNumber": "KL-1", "drugLicenseExpiry": "2030-03-31",
				 "addressLine1": "Road", "city": "Kochi", "pincode": "68201", "contactPerson": "Dr. R",
				 "phone": "12345", "email": "nope"}
				""");
		MvcTestResult expired = call(owner, mvc.post().uri("/api/clinics"), """
				{"name": "Clinic", "gstin": "%s", "drugLicenseNumber": "KL-1", "drugLicenseExpiry": "2020-03-31",
				 "addressLine1": "Road", "city": "Kochi", "pincode": "682016", "contactPerson": "Dr. R",
				 "phone": "9847012345", "email": "r@example.in"}
				""".formatted(TestGstins.random(IndianState.KERALA).value()));

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "gstin", "pincode", "phone", "email");
		assertThat(expired).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(expired).bodyJson().extractingPath("$.errors[0].field").isEqualTo("drugLicenseExpiry");
		assertThat(call(owner, mvc.get().uri("/api/clinics/me"), null)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void patchingAnApprovedClinicKeepsNameAndGstinWithTheTeam() {
		OwnedClinic approved = Profiles.approvedClinic(users, clinics, IndianState.KERALA);
		String path = "/api/clinics/" + approved.clinic().getId();

		MvcTestResult renamed = call(approved.owner(), mvc.patch().uri(path), "{\"name\": \"Renamed\"}");
		MvcTestResult renewed = call(approved.owner(), mvc.patch().uri(path),
				"{\"drugLicenseExpiry\": \"2031-01-31\"}");
		MvcTestResult byAdmin = call(Accounts.create(users, Role.ADMIN), mvc.patch().uri(path),
				"{\"name\": \"Renamed By Admin\"}");
		MvcTestResult badPatch = call(approved.owner(), mvc.patch().uri(path), "{\"pincode\": \"012345\"}");

		assertThat(renamed).hasStatus(HttpStatus.CONFLICT);
		assertThat(renamed).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(renewed).hasStatusOk();
		assertThat(renewed).bodyJson().extractingPath("$.drugLicenseExpiry").isEqualTo("2031-01-31");
		assertThat(renewed).bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
		assertThat(byAdmin).bodyJson().extractingPath("$.name").isEqualTo("Renamed By Admin");
		assertThat(badPatch).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(badPatch).bodyJson().extractingPath("$.errors[0].field").isEqualTo("pincode");
	}

	@Test
	void aRejectedClinicIsResubmittedByItsPatch() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.GOA));
		User admin = Accounts.create(users, Role.ADMIN);
		String path = "/api/clinics/" + pending.clinic().getId();

		MvcTestResult noReason = call(admin, mvc.post().uri(path + "/reject"), null);
		MvcTestResult rejected = call(admin, mvc.post().uri(path + "/reject"),
				"{\"reason\": \"Blurred licence copy\"}");
		MvcTestResult resubmitted = call(pending.owner(), mvc.patch().uri(path),
				"{\"drugLicenseNumber\": \"GA-20B-77\"}");
		MvcTestResult approved = call(admin, mvc.post().uri(path + "/approve"), null);

		assertThat(noReason).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(noReason).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(rejected).bodyJson().extractingPath("$.status").isEqualTo("REJECTED");
		assertThat(rejected).bodyJson().extractingPath("$.rejectionReason").isEqualTo("Blurred licence copy");
		assertThat(resubmitted).bodyJson().extractingPath("$.status").isEqualTo("PENDING_APPROVAL");
		assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
		assertThat(approved).bodyJson().extractingPath("$.approvedAt").isNotNull();
	}

	@Test
	void theAdminListFiltersByStatusAndSearchInThePageFormat() {
		OwnedClinic pending = Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.ASSAM));
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult page = call(support,
				mvc.get().uri("/api/clinics?status=PENDING_APPROVAL&q=" + pending.clinic().getGstin().value()), null);

		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
		assertThat(page).bodyJson().extractingPath("$.content[0].id").isEqualTo(pending.clinic().getId().toString());
		assertThat(call(support, mvc.get().uri("/api/clinics?size=500"), null)).bodyJson()
			.extractingPath("$.page.size")
			.isEqualTo(100);
	}

	@Test
	void listsSortOnlyByWhatTheyOfferAndRefuseFarAwayPages() {
		User support = Accounts.create(users, Role.SUPPORT);
		Profiles.pendingClinic(users, clinics, Profiles.clinicDetails(IndianState.ASSAM));

		MvcTestResult byName = call(support, mvc.get().uri("/api/clinics?status=&sort=name,asc"), null);
		MvcTestResult byPassword = call(support, mvc.get().uri("/api/clinics?sort=ownerUserId"), null);
		MvcTestResult farAway = call(support, mvc.get().uri("/api/manufacturers?page=2000000000"), null);
		MvcTestResult badStatus = call(support, mvc.get().uri("/api/clinics?status=SOMETIMES"), null);

		assertThat(byName).hasStatusOk();
		assertThat(byPassword).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(byPassword).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sort");
		assertThat(farAway).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(farAway).bodyJson().extractingPath("$.errors[0].field").isEqualTo("page");
		assertThat(badStatus).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void aManufacturerRegistersWithoutBankDetailsButCantBeApprovedUntilItGivesThem() {
		User owner = Accounts.create(users, Role.MANUFACTURER);
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult created = call(owner, mvc.post().uri("/api/manufacturers"), """
				{"name": "Rasa Pharma", "gstin": "%s", "licenseNumber": "25D/KA/1", "licenseExpiry": "2030-01-31",
				 "addressLine1": "Peenya", "city": "Bengaluru", "pincode": "560058", "contactPerson": "Ravi",
				 "phone": "+91 98450 12345", "email": "ravi@example.in"}
				""".formatted(TestGstins.random(IndianState.KARNATAKA).value()));
		String path = "/api/manufacturers/" + JsonPath.read(contentOf(created), "$.id");
		MvcTestResult tooEarly = call(admin, mvc.post().uri(path + "/approve"), null);
		MvcTestResult withBank = call(owner, mvc.patch().uri(path), """
				{"settlement": {"accountHolder": "Rasa Pharma", "ifsc": "kkbk0008001", "accountNumber": "123456789012"}}
				""");
		MvcTestResult termsByOwner = call(owner, mvc.patch().uri(path), "{\"commissionRate\": 1.00}");
		MvcTestResult approved = call(admin, mvc.post().uri(path + "/approve"), null);

		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created).bodyJson().extractingPath("$.commissionRate").isEqualTo(10.0);
		assertThat(created).bodyJson().extractingPath("$.settlement").isNull();
		assertThat(tooEarly).hasStatus(HttpStatus.CONFLICT);
		assertThat(tooEarly).bodyJson().extractingPath("$.detail").asString().contains("bank account");
		assertThat(withBank).bodyJson().extractingPath("$.settlement.ifsc").isEqualTo("KKBK0008001");
		assertThat(withBank).bodyJson().extractingPath("$.settlement.accountNumberMasked").isEqualTo("XXXXXXXX9012");
		assertThat(contentOf(withBank)).doesNotContain("123456789012");
		assertThat(termsByOwner).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("APPROVED");
	}

	@Test
	void anAdminSetsTermsThroughPatchAndBadTermsChangeNothing() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
		User admin = Accounts.create(users, Role.ADMIN);
		String path = "/api/manufacturers/" + maker.manufacturer().getId();

		MvcTestResult terms = call(admin, mvc.patch().uri(path),
				"{\"commissionRate\": 7.25, \"razorpayAccountId\": \"acc_Zx98Yw76Vu54Ts\"}");
		MvcTestResult badTerms = call(admin, mvc.patch().uri(path), "{\"city\": \"Nashik\", \"commissionRate\": 150}");

		assertThat(terms).bodyJson().extractingPath("$.commissionRate").isEqualTo(7.25);
		assertThat(terms).bodyJson().extractingPath("$.razorpayAccountId").isEqualTo("acc_Zx98Yw76Vu54Ts");
		assertThat(badTerms).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(badTerms).bodyJson().extractingPath("$.errors[0].field").isEqualTo("commissionRate");
		assertThat(call(admin, mvc.get().uri(path), null)).bodyJson().extractingPath("$.city").isEqualTo("Testnagar");
	}

	private MvcTestResult call(User caller, MockMvcRequestBuilder request, @Nullable String json) {
		var withAuth = request.header(HttpHeaders.AUTHORIZATION,
				"Bearer " + tokens.issue(Accounts.principal(caller)).value());
		if (json != null) {
			withAuth = withAuth.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return withAuth.exchange();
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

}
