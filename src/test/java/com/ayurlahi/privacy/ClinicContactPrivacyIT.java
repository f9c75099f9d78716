package com.ayurlahi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicDetails;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.gst.TestGstins;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.Profiles;
import com.ayurlahi.test.Profiles.OwnedManufacturer;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * A clinic's contact person, phone and email are platform-owned: no response a manufacturer can get contains
 * them. The clinic gets distinctive values; the manufacturer then fetches every page, fragment and JSON
 * resource it can reach (and the ones it can't). Extend {@link #manufacturerPages} and {@link #manufacturerApi}
 * whenever a manufacturer-facing page or endpoint arrives (orders, invoices, disputes).
 */
@IntegrationTest
class ClinicContactPrivacyIT {

    private static final String CONTACT_PERSON = "Dr. Privata Contactwoman";
    private static final String PHONE_DIGITS = "9123987651";
    private static final String EMAIL = "private.contact.7781@clinic-secret.in";

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
    void noResponseAManufacturerCanGetContainsTheClinicsContactDetails() throws Exception {
        Clinic clinic = distinctiveClinic();
        OwnedManufacturer maker = Profiles.approvedManufacturer(users, manufacturers, IndianState.MAHARASHTRA);
        String token = tokens.issue(Accounts.principal(maker.owner())).value();

        for (String page : manufacturerPages(clinic, maker)) {
            MvcTestResult result = mvc.get().uri(page).with(user(Accounts.principal(maker.owner()))).exchange();
            assertFree(page, result);
            MvcTestResult htmx = mvc.get().uri(page).header("HX-Request", "true")
                    .with(user(Accounts.principal(maker.owner()))).exchange();
            assertFree(page + " (htmx)", htmx);
        }
        for (String endpoint : manufacturerApi(clinic, maker)) {
            MvcTestResult result = mvc.get().uri(endpoint).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
            assertFree(endpoint, result);
        }
    }

    @Test
    void theSameResponsesForPlatformStaffDoShowThem() {
        Clinic clinic = distinctiveClinic();
        User admin = Accounts.create(users, Role.ADMIN);

        assertThat(mvc.get().uri("/admin/clinics/" + clinic.getId()).with(user(Accounts.principal(admin))))
                .bodyText().contains(PHONE_DIGITS, EMAIL, CONTACT_PERSON);
        assertThat(mvc.get().uri("/api/clinics/" + clinic.getId())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(admin)).value()))
                .bodyText().contains(PHONE_DIGITS, EMAIL, CONTACT_PERSON);
    }

    /** Every portal page and fragment a manufacturer might open, including other portals' (which refuse). */
    private static List<String> manufacturerPages(Clinic clinic, OwnedManufacturer maker) {
        return List.of("/", "/manufacturer", "/manufacturer/profile", "/notifications", "/gstin-check?gstin=" + clinic.getGstin(),
                "/clinic", "/clinic/profile", "/admin", "/admin/clinics", "/admin/clinics/" + clinic.getId(),
                "/admin/clinics?status=&q=" + clinic.getGstin(), "/admin/audit", "/admin/audit/export.csv",
                "/admin/audit?entityId=" + clinic.getId(), "/admin/users");
    }

    /** Every JSON resource a manufacturer might ask for. */
    private static List<String> manufacturerApi(Clinic clinic, OwnedManufacturer maker) {
        return List.of("/api/users/me", "/api/manufacturers/me", "/api/manufacturers/" + maker.manufacturer().getId(),
                "/api/manufacturers", "/api/clinics", "/api/clinics/me", "/api/clinics/" + clinic.getId(),
                "/api/clinics?q=" + clinic.getGstin(), "/api/audit", "/api/audit?entityId=" + clinic.getId());
    }

    private static void assertFree(String what, MvcTestResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        assertThat(body).as(what + " (" + result.getResponse().getStatus() + ")")
                .doesNotContain(PHONE_DIGITS, EMAIL, CONTACT_PERSON);
    }

    private Clinic distinctiveClinic() {
        User owner = Accounts.create(users, Role.CLINIC);
        Clinic clinic = clinics.register(Accounts.principal(owner), new ClinicDetails("Privacy Test Clinic",
                TestGstins.random(IndianState.KERALA), "KL-PRIV-1", LocalDate.now().plusYears(1), "1 Quiet Lane", null,
                "Kozhikode", "673001", CONTACT_PERSON, "+91" + PHONE_DIGITS, EMAIL));
        return clinics.approve(clinic.getId());
    }
}
