package com.ayurlahi.manufacturers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerDetails.Settlement;
import com.ayurlahi.manufacturers.ManufacturerManagement;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Dev demo manufacturers (fictional businesses, GSTINs that pass the check): the demo
 * maker is approved in Maharashtra (orders from the Kerala demo clinic are inter-state:
 * IGST), {@code kerala.maker@demo.ayurlahi.in} is approved in Kerala (intra-state: CGST +
 * SGST), and {@code pending.maker@demo.ayurlahi.in} waits in Delhi.
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoManufacturers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoManufacturers.class);

	/**
	 * The demo admin sets the demo makers' terms and approves them, as the audit log then
	 * shows.
	 */
	private static final String DEMO_ADMIN = "admin@demo.ayurlahi.in";

	private final ManufacturerManagement manufacturers;

	private final UserManagement users;

	DemoManufacturers(ManufacturerManagement manufacturers, UserManagement users) {
		this.manufacturers = manufacturers;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		create("maker@demo.ayurlahi.in",
				details("Sahyadri Ayurved Pharmacy Pvt Ltd", "27AABCS5678M1ZO",
						new Licence("25D/MH/PUN/1187", LocalDate.of(2028, 6, 30)),
						new AddressLines("Plot 18, MIDC Bhosari", null, "Pune", "411026"),
						new ContactDetails("Suresh Kumar", "+919800000004", "maker@demo.ayurlahi.in"),
						new Settlement("Sahyadri Ayurved Pharmacy Pvt Ltd", "HDFC0001234", "50200012345678")),
				new BigDecimal("10.00"), "acc_SahyadriDemo01");
		create("kerala.maker@demo.ayurlahi.in",
				details("Vaidya Herbal Formulations", "32AADFV4321Q1Z0",
						new Licence("25D/KL/EKM/0442", LocalDate.of(2027, 12, 31)),
						new AddressLines("Industrial Development Area, Kalamassery", null, "Kochi", "683104"),
						new ContactDetails("Anjali Nambiar", "+919800000005", "kerala.maker@demo.ayurlahi.in"),
						new Settlement("Vaidya Herbal Formulations", "SBIN0070123", "32156789012")),
				new BigDecimal("8.50"), "acc_VaidyaKerala01");
		create("pending.maker@demo.ayurlahi.in",
				details("Dhanvantari Remedies LLP", "07AAHCD1357P1Z9",
						new Licence("25D/DL/0099", LocalDate.of(2027, 8, 31)),
						new AddressLines("B-42 Okhla Industrial Area Phase II", null, "New Delhi", "110020"),
						new ContactDetails("Vikram Sethi", "+919800000007", "pending.maker@demo.ayurlahi.in"),
						new Settlement("Dhanvantari Remedies LLP", "ICIC0000456", "000405012345")),
				null, null);
	}

	private static ManufacturerDetails details(String name, String gstin, Licence licence, AddressLines address,
			ContactDetails contact, Settlement settlement) {
		return new ManufacturerDetails(new ProfileDetails(name, Gstin.parse(gstin), licence, address, contact),
				settlement);
	}

	/**
	 * Creates the profile when missing; with a commission rate it is also approved on
	 * those terms.
	 */
	private void create(String ownerEmail, ManufacturerDetails details, @Nullable BigDecimal commissionRate,
			@Nullable String razorpayAccountId) {
		User owner = users.findByEmail(ownerEmail).orElseThrow();
		if (manufacturers.findOwnedBy(owner.getId()).isPresent()) {
			return;
		}
		Manufacturer manufacturer = manufacturers.register(AuthenticatedUser.actingAs(owner), details);
		if (commissionRate != null) {
			AuthenticatedUser admin = AuthenticatedUser.actingAs(users.findByEmail(DEMO_ADMIN).orElseThrow());
			manufacturers.setTerms(manufacturer.getId(), new ManufacturerTerms(commissionRate, razorpayAccountId),
					admin);
			manufacturer = manufacturers.approve(manufacturer.getId(), admin);
		}
		log.info("Created demo manufacturer {} ({})", details.profile().name(), manufacturer.getStatus());
	}

}
