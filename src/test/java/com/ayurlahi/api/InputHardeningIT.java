package com.ayurlahi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Text other parties read is plain text: direction overrides, zero-width and other
 * invisible characters, control characters and lone surrogates are refused next to the
 * field (portal) or as a 400 naming the field (API); line breaks only where a field is
 * meant to have several lines. JSON of the wrong type is refused the same way, never
 * quietly converted.
 */
@IntegrationTest
class InputHardeningIT {

	private static final String RIGHT_TO_LEFT_OVERRIDE = "\\u202E";

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
	void invisibleAndDirectionChangingCharactersInAClinicProfileAreRefusedFieldByField() {
		User owner = Accounts.create(users, Role.CLINIC);
		String gstin = TestGstins.random(IndianState.KERALA).value();

		MvcTestResult refused = api().post(owner, "/api/clinics",
				"""
						{"name": "Panchakarma %s Centre", "gstin": "%s", "drugLicenseNumber": "KL-EKM-20B-11",
						 "drugLicenseExpiry": "2030-03-31", "addressLine1": "MG\\u200B Road", "addressLine2": "Near \\u2066Temple\\u2069",
						 "city": "Koc\\uD800hi", "pincode": "682016", "contactPerson": "Dr.\\uFEFF Rema", "phone": "9847012345",
						 "email": "rema@example.in"}
						"""
					.formatted(RIGHT_TO_LEFT_OVERRIDE, gstin));

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("name", "addressLine1", "addressLine2", "city", "contactPerson");
		assertThat(api().get(owner, "/api/clinics/me")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aProductDescriptionMayHaveLinesButNoNulOrInvisibleCharacters() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		MvcTestResult withNul = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"Take with warm water\\u0000 at night\""));
		MvcTestResult withZeroWidthName = api().post(maker.owner(), "/api/products",
				product("Tri\\u200Dphala Churna", "\"description\": \"Fine\""));
		MvcTestResult twoLineName = api().post(maker.owner(), "/api/products",
				product("Triphala\\nChurna", "\"description\": \"Fine\""));
		MvcTestResult twoLineDescription = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"Take with warm water.\\nKeep dry.\""));

		assertThat(withNul).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(withNul).bodyJson().extractingPath("$.errors[0].field").isEqualTo("description");
		assertThat(withZeroWidthName).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(withZeroWidthName).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(twoLineName).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(twoLineName).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
		assertThat(twoLineDescription).hasStatus(HttpStatus.CREATED);
		assertThat(twoLineDescription).bodyJson()
			.extractingPath("$.description")
			.isEqualTo("Take with warm water.\nKeep dry.");
	}

	@Test
	void theProductFormShowsTheRefusalNextToTheField() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		MvcTestResult refused = mvc.post()
			.uri("/manufacturer/products/new")
			.with(Accounts.login(maker.owner()))
			.with(csrf())
			.param("name", "Vaidya\u202E Vati")
			.param("sku", "pg-bidi-" + UUID.randomUUID().toString().substring(0, 6))
			.param("hsnCode", "3004")
			.param("gstRate", "12")
			.param("unitPrice", "100")
			.param("mrp", "120")
			.param("packSize", "60 tablets")
			.param("dosageForm", "GULIKA")
			.param("composition", "Herbs")
			.param("description", "One line\r\nand another")
			.param("minOrderQuantity", "1")
			.param("stockQuantity", "5")
			.exchange();

		assertThat(refused).hasStatusOk().model().extractingBindingResult("product").hasFieldErrors("name");
		assertThat(refused).model().extractingBindingResult("product").hasErrorsCount(1);
	}

	@Test
	void jsonOfTheWrongTypeIsRefusedNamingTheField() {
		OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);

		MvcTestResult booleanName = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"x\"").replace("\"name\": \"Triphala Churna\"",
						"\"name\": true"));
		MvcTestResult fractionalQuantity = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"x\"").replace("\"minOrderQuantity\": 2",
						"\"minOrderQuantity\": 1.5"));
		MvcTestResult ordinal = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"x\"").replace("\"dosageForm\": \"CHURNA\"",
						"\"dosageForm\": 0"));
		MvcTestResult unknownForm = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"x\"").replace("\"dosageForm\": \"CHURNA\"",
						"\"dosageForm\": \"Churna\""));
		MvcTestResult duplicateKey = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"name\": \"Other Churna\""));
		MvcTestResult numberAsText = api().post(maker.owner(), "/api/products",
				product("Triphala Churna", "\"description\": \"x\"").replace("\"minOrderQuantity\": 2",
						"\"minOrderQuantity\": \"2\""));

		assertField(booleanName, "name");
		assertField(fractionalQuantity, "minOrderQuantity");
		assertField(ordinal, "dosageForm");
		assertField(unknownForm, "dosageForm");
		assertThat(unknownForm).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("Churna", "CHURNA", "GULIKA", "OTHER");
		assertField(duplicateKey, "name");
		assertField(numberAsText, "minOrderQuantity");
	}

	@Test
	void nestedFieldsAreNamedByTheirPath() {
		User clinic = Profiles.approvedClinic(users, clinics, IndianState.KERALA).owner();

		MvcTestResult refused = api().post(clinic, "/api/orders", """
				{"items": [{"productId": "%s", "quantity": 2.5}]}
				""".formatted(UUID.randomUUID()));

		assertField(refused, "items[0].quantity");
	}

	private static void assertField(MvcTestResult result, String field) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
	}

	private Api api() {
		return new Api(mvc, tokens);
	}

	/** A valid product but for {@code name}, with {@code extra} as its last member. */
	private static String product(String name, String extra) {
		return """
				{"name": "%s", "sku": "api-%s", "hsnCode": "30049011", "gstRate": 5, "unitPrice": 70.5,
				 "mrp": 90, "packSize": "100 g", "dosageForm": "CHURNA", "composition": "Triphala", "minOrderQuantity": 2,
				 "stockQuantity": 30, %s}
				"""
			.formatted(name, UUID.randomUUID().toString().substring(0, 8), extra);
	}

}
