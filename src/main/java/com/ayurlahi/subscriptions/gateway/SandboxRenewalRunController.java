package com.ayurlahi.subscriptions.gateway;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's renewal run, at once: adopts the live subscriptions of our database it
 * does not know (a restart, or rows seeded straight into the database, as the
 * subscription benchmark does) and charges everything due by the application's clock, as
 * the dev profile's minute schedule would; the {@code subscription.*} webhooks follow in
 * the background. Like the rest of the sandbox it is public and only exists while the
 * sandbox is the gateway (never in prod, which refuses to start without Razorpay's keys);
 * the portal's CSRF protection applies to it.
 */
@RestController
@Conditional(UsesSandbox.class)
class SandboxRenewalRunController {

	static final String PATH = "/sandbox/razorpay/subscription-renewals";

	private final SandboxSubscriptions sandbox;

	private final SandboxAdoption adoption;

	private final Clock clock;

	SandboxRenewalRunController(SandboxSubscriptions sandbox, SandboxAdoption adoption, Clock clock) {
		this.sandbox = sandbox;
		this.adoption = adoption;
		this.clock = clock;
	}

	@PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
	String run() {
		int adopted = adoption.adoptLive();
		Instant now = clock.instant();
		sandbox.chargeDue(now);
		return "Adopted " + adopted + " subscription(s); charged what was due by " + now + ".\n";
	}

}
