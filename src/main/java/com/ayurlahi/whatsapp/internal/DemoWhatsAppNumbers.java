package com.ayurlahi.whatsapp.internal;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.users.UserManagement;

/**
 * The demo accounts' verified WhatsApp numbers (their contact numbers), so that the demo
 * clinic can order from the simulator's phone as it opens and the demo manufacturers hear
 * about their orders. Each is set once: a number changed in the portal stays changed.
 */
@Component
@ConditionalOnBooleanProperty("ayurlahi.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class DemoWhatsAppNumbers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWhatsAppNumbers.class);

	private static final Map<String, String> NUMBERS = Map.of("clinic@demo.ayurlahi.in", "919800000003",
			"maker@demo.ayurlahi.in", "919800000004", "kerala.maker@demo.ayurlahi.in", "919800000005");

	private final UserManagement users;

	private final Numbers numbers;

	private final Contacts contacts;

	private final Clock clock;

	DemoWhatsAppNumbers(UserManagement users, Numbers numbers, Contacts contacts, Clock clock) {
		this.users = users;
		this.numbers = numbers;
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		NUMBERS.forEach((email, phone) -> users.findByEmail(email)
			.filter(user -> numbers.of(user.getId()).isEmpty() && numbers.ownerOf(phone).isEmpty())
			.ifPresent(user -> {
				numbers.codeSent(user.getId(), phone, "-", clock.instant(), 0, clock.instant());
				numbers.verified(user.getId(), phone, clock.instant());
				contacts.consent(phone, true, Contacts.ConsentSource.VERIFICATION, clock.instant());
				log.info("Demo WhatsApp number {} verified for {}", phone, email);
			}));
	}

}
