package com.ayurlahi.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile with settings that are only fit for a laptop:
 * a missing JWT secret, secrets that still hold the sample values of the original setup
 * guide (or our dev defaults), payments through the sandbox, documents on the local disk
 * instead of in an S3 bucket, no public address (FRONTEND_URL) for the links it sends,
 * demo data, the WhatsApp simulator or the embedded mailbox switched on. Runs before any
 * bean exists, so nothing connects anywhere first. (The JWT secret's minimum length holds
 * in every profile and is checked where the auth module binds it.)
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

	/**
	 * The secrets of the environment, each with the sample value the platform's original
	 * setup guide showed (and which must never reach production).
	 */
	private static final Map<String, String> SAMPLE_SECRETS = Map.of("DB_PASSWORD", "postgres", "RAZORPAY_KEY_SECRET",
			"your-key-secret", "RAZORPAY_WEBHOOK_SECRET", "your-webhook-secret", "AWS_SECRET_ACCESS_KEY",
			"your-secret-key", "WHATSAPP_API_KEY", "your-api-key");

	private static final Set<String> SAMPLE_JWT_SECRETS = Set.of("your-secret-key", "secret", "changeme");

	private static final String DEV_SECRET_PREFIX = "dev-only-";

	/**
	 * The fictional GSTIN documents name the platform with in development
	 * (application.yml).
	 */
	private static final String DEVELOPMENT_PLATFORM_GSTIN = "32AAJCA2026R1ZL";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("prod")) {
			return;
		}
		List<String> problems = new ArrayList<>();
		String jwtSecret = environment.getProperty("ayurlahi.auth.jwt.secret", "");
		if (jwtSecret.isBlank()) {
			problems.add("JWT_SECRET is not set.");
		}
		else if (SAMPLE_JWT_SECRETS.contains(jwtSecret) || jwtSecret.startsWith(DEV_SECRET_PREFIX)) {
			problems.add("JWT_SECRET still holds a sample or development value.");
		}
		SAMPLE_SECRETS.forEach((variable, sample) -> {
			String value = environment.getProperty(variable);
			if (sample.equals(value)) {
				problems.add(variable + " still holds the sample value '" + sample + "'.");
			}
		});
		if (Stream.of("key-id", "key-secret", "webhook-secret")
			.anyMatch(key -> environment.getProperty("ayurlahi.payments.razorpay." + key, "").isBlank())) {
			problems.add("RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET and RAZORPAY_WEBHOOK_SECRET must all be set: prod takes "
					+ "payments through Razorpay only (the sandbox is for development).");
		}
		if (environment.getProperty("ayurlahi.storage.s3.bucket", "").isBlank()) {
			problems.add("AWS_S3_BUCKET is not set: prod keeps invoices and credit notes in S3 (or an S3-compatible "
					+ "store), never on one machine's disk.");
		}
		if (DEVELOPMENT_PLATFORM_GSTIN.equals(environment.getProperty("ayurlahi.invoices.platform.gstin"))) {
			problems.add("PLATFORM_GSTIN is not set: invoices would name the platform with the development GSTIN "
					+ DEVELOPMENT_PLATFORM_GSTIN + "; set PLATFORM_GSTIN, PLATFORM_LEGAL_NAME and PLATFORM_ADDRESS.");
		}
		if (!environment.getProperty("ayurlahi.whatsapp.api-key", "").isBlank()
				&& environment.getProperty("ayurlahi.whatsapp.webhook-token", "").startsWith(DEV_SECRET_PREFIX)) {
			problems.add("WHATSAPP_WEBHOOK_TOKEN still holds the development value: anyone could post WhatsApp "
					+ "callbacks; set a long random token and put it in Gupshup's callback URL.");
		}
		if (environment.getProperty("ayurlahi.whatsapp.simulator.enabled", Boolean.class, false)) {
			problems.add("The WhatsApp simulator is switched on (ayurlahi.whatsapp.simulator.enabled): it would take "
					+ "the messages meant for clinics and open /dev/whatsapp; it is for development and tests only.");
		}
		if (environment.getProperty("ayurlahi.mail.mailbox-enabled", Boolean.class, false)) {
			problems.add("The embedded mailbox is switched on (ayurlahi.mail.mailbox-enabled): it would keep users' "
					+ "emails (password reset links) and show them at /dev/mailbox; it is for development and tests only.");
		}
		String portalUrl = environment.getProperty("ayurlahi.auth.recovery.portal-url", "");
		if (!portalUrl.startsWith("https://") && !portalUrl.startsWith("http://")) {
			problems.add("FRONTEND_URL is not set to the portals' public address (https://…): password reset links and "
					+ "Razorpay's checkout callback would be built from whatever Host header a request carries.");
		}
		if (environment.getProperty("ayurlahi.demo-data.enabled", Boolean.class, false)) {
			problems.add("Demo data is switched on (ayurlahi.demo-data.enabled); it must never be loaded in prod.");
		}
		if (!problems.isEmpty()) {
			throw new InsecureSettingsException(problems.stream().sorted().toList());
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
