package com.ayurlahi.clinics.internal;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.Clinic;
import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Dev demo clinics (fictional businesses, GSTINs that pass the check): the demo clinic
 * login runs an approved clinic in Kerala; {@code pending.clinic@demo.ayurlahi.in} one in
 * Tamil Nadu waiting in the admin queue; {@code pastdue.clinic@demo.ayurlahi.in} an
 * approved one in Karnataka (its subscription past due, its platform invoices IGST).
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoClinics implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoClinics.class);

	/** The demo admin approves the demo clinics, as the audit log then shows. */
	private static final String DEMO_ADMIN = "admin@demo.ayurlahi.in";

	private final ClinicManagement clinics;

	private final UserManagement users;

	DemoClinics(ClinicManagement clinics, UserManagement users) {
		this.clinics = clinics;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("clinic@demo.ayurlahi.in",
				new ProfileDetails("Sree Dhanwantari Ayurveda Clinic", Gstin.parse("32AAFCA1234K1Z3"),
						new Licence("KL-TSR-20B-0421", LocalDate.of(2028, 3, 31)),
						new AddressLines("14/220 Round North", "Near Vadakkunnathan Temple", "Thrissur", "680001"),
						new ContactDetails("Dr. Lakshmi Varma", "+919800000003", "clinic@demo.ayurlahi.in")),
				true);
		create("pending.clinic@demo.ayurlahi.in",
				new ProfileDetails("Siddha Vaidya Sala", Gstin.parse("33AAGCK2468L1ZA"),
						new Licence("TN-CBE-21-7788", LocalDate.of(2027, 9, 30)),
						new AddressLines("22 Oppanakara Street", null, "Coimbatore", "641001"),
						new ContactDetails("Dr. Karthik Rajan", "+919800000006", "pending.clinic@demo.ayurlahi.in")),
				false);
		create("pastdue.clinic@demo.ayurlahi.in",
				new ProfileDetails("Hegde Ayurveda Chikitsalaya", Gstin.parse("29AAHCB3579M1ZZ"),
						new Licence("KA-BLR-20B-3310", LocalDate.of(2028, 6, 30)),
						new AddressLines("48 Margosa Road", "Malleshwaram", "Bengaluru", "560003"),
						new ContactDetails("Dr. Meera Hegde", "+919800000008", "pastdue.clinic@demo.ayurlahi.in")),
				true);
	}

	private void create(String ownerEmail, ProfileDetails details, boolean approve) {
		User owner = users.findByEmail(ownerEmail).orElseThrow();
		if (clinics.findOwnedBy(owner.getId()).isPresent()) {
			return;
		}
		Clinic clinic = clinics.register(AuthenticatedUser.actingAs(owner), details);
		if (approve) {
			clinic = clinics.approve(clinic.getId(),
					AuthenticatedUser.actingAs(users.findByEmail(DEMO_ADMIN).orElseThrow()));
		}
		log.info("Created demo clinic {} ({})", details.name(), clinic.getStatus());
	}

}
