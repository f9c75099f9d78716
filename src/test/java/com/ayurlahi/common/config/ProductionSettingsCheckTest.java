package com.ayurlahi.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

	private static final String GOOD_SECRET = "b7R2x9Qm4Lp8Vz1Kc6Nw3Hs5Ty0Ua2Fe";

	private final ProductionSettingsCheck check = new ProductionSettingsCheck();

	@Test
	void otherProfilesAreLeftAlone() {
		MockEnvironment dev = new MockEnvironment().withProperty("ayurlahi.auth.jwt.secret", "your-secret-key");
		dev.setActiveProfiles("dev");

		check.postProcessEnvironment(dev, new SpringApplication());
	}

	@Test
	void prodStartsWithOwnSecrets() {
		check.postProcessEnvironment(prod(GOOD_SECRET).withProperty("DB_PASSWORD", "a real one"),
				new SpringApplication());
	}

	@Test
	void prodRefusesTheSeedsSampleJwtSecret() {
		assertThatThrownBy(() -> check.postProcessEnvironment(prod("your-secret-key"), new SpringApplication()))
			.isInstanceOf(InsecureSettingsException.class)
			.hasMessageContaining("JWT_SECRET still holds a sample or development value.");
	}

	@Test
	void prodRefusesTheDevDefaultAndAMissingSecret() {
		assertThatThrownBy(() -> check.postProcessEnvironment(prod("dev-only-jwt-secret-for-local-runs-never-prod"),
				new SpringApplication()))
			.hasMessageContaining("sample or development value");
		assertThatThrownBy(() -> check.postProcessEnvironment(prod(""), new SpringApplication()))
			.hasMessageContaining("JWT_SECRET is not set.");
	}

	@Test
	void prodListsEverySampleSecretAndDemoData() {
		MockEnvironment environment = prod(GOOD_SECRET).withProperty("DB_PASSWORD", "postgres")
			.withProperty("RAZORPAY_KEY_SECRET", "your-key-secret")
			.withProperty("RAZORPAY_WEBHOOK_SECRET", "your-webhook-secret")
			.withProperty("AWS_SECRET_ACCESS_KEY", "your-secret-key")
			.withProperty("WHATSAPP_API_KEY", "your-api-key")
			.withProperty("ayurlahi.demo-data.enabled", "true");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(environment, new SpringApplication()));

		assertThat(refused.problems()).containsExactly(
				"AWS_SECRET_ACCESS_KEY still holds the sample value 'your-secret-key'.",
				"DB_PASSWORD still holds the sample value 'postgres'.",
				"Demo data is switched on (ayurlahi.demo-data.enabled); it must never be loaded in prod.",
				"RAZORPAY_KEY_SECRET still holds the sample value 'your-key-secret'.",
				"RAZORPAY_WEBHOOK_SECRET still holds the sample value 'your-webhook-secret'.",
				"WHATSAPP_API_KEY still holds the sample value 'your-api-key'.");
	}

	@Test
	void prodRefusesToTakePaymentsThroughTheSandbox() {
		MockEnvironment withoutWebhookSecret = prod(GOOD_SECRET)
			.withProperty("ayurlahi.payments.razorpay.webhook-secret", "");

		assertThatThrownBy(() -> check.postProcessEnvironment(withoutWebhookSecret, new SpringApplication()))
			.isInstanceOf(InsecureSettingsException.class)
			.hasMessageContaining("RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET and RAZORPAY_WEBHOOK_SECRET must all be set");
	}

	@Test
	void prodRefusesToKeepDocumentsOnItsOwnDisk() {
		MockEnvironment withoutBucket = prod(GOOD_SECRET).withProperty("ayurlahi.storage.s3.bucket", "");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(withoutBucket, new SpringApplication()));

		assertThat(refused.problems()).containsExactly("AWS_S3_BUCKET is not set: prod keeps invoices and credit notes "
				+ "in S3 (or an S3-compatible store), never on one machine's disk.");
	}

	@Test
	void prodRefusesToNameThePlatformOnInvoicesWithTheDevelopmentGstin() {
		MockEnvironment developmentGstin = prod(GOOD_SECRET).withProperty("ayurlahi.invoices.platform.gstin",
				"32AAJCA2026R1ZL");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(developmentGstin, new SpringApplication()));

		assertThat(refused.problems()).singleElement().asString().startsWith("PLATFORM_GSTIN is not set");
	}

	@Test
	void prodRefusesTheWhatsAppSimulator() {
		MockEnvironment withSimulator = prod(GOOD_SECRET).withProperty("ayurlahi.whatsapp.simulator.enabled", "true");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(withSimulator, new SpringApplication()));

		assertThat(refused.problems()).singleElement()
			.asString()
			.startsWith("The WhatsApp simulator is switched on (ayurlahi.whatsapp.simulator.enabled)");
	}

	@Test
	void prodRefusesTheEmbeddedMailbox() {
		MockEnvironment withMailbox = prod(GOOD_SECRET).withProperty("ayurlahi.mail.mailbox-enabled", "true");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(withMailbox, new SpringApplication()));

		assertThat(refused.problems()).singleElement()
			.asString()
			.startsWith("The embedded mailbox is switched on (ayurlahi.mail.mailbox-enabled)");
	}

	@Test
	void prodRefusesLinksBuiltFromTheRequestsHost() {
		MockEnvironment withoutAddress = prod(GOOD_SECRET).withProperty("ayurlahi.auth.recovery.portal-url", "");

		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(withoutAddress, new SpringApplication()));

		assertThat(refused.problems()).singleElement()
			.asString()
			.startsWith("FRONTEND_URL is not set to the portals' public address");
	}

	@Test
	void theFailureIsReportedAsAnActionableStartupMessage() {
		InsecureSettingsException refused = catchThrowableOfType(InsecureSettingsException.class,
				() -> check.postProcessEnvironment(prod("your-secret-key"), new SpringApplication()));

		FailureAnalysis analysis = new InsecureSettingsFailureAnalyzer().analyze(new IllegalStateException(refused));

		assertThat(analysis.getDescription()).contains("The prod profile refuses to start", "JWT_SECRET");
		assertThat(analysis.getAction()).contains("at least 32 random bytes", "README.md");
	}

	@Test
	void prodReallyRefusesToStart() {
		SpringApplication application = new SpringApplication(ProductionSettingsCheckTest.class);
		application.setAdditionalProfiles("prod");

		assertThatThrownBy(() -> application.run("--ayurlahi.auth.jwt.secret=your-secret-key"))
			.isInstanceOf(InsecureSettingsException.class);
	}

	private static MockEnvironment prod(String jwtSecret) {
		MockEnvironment environment = new MockEnvironment().withProperty("ayurlahi.auth.jwt.secret", jwtSecret)
			.withProperty("ayurlahi.payments.razorpay.key-id", "rzp_live_OwnKeyId")
			.withProperty("ayurlahi.payments.razorpay.key-secret", "an own key secret")
			.withProperty("ayurlahi.payments.razorpay.webhook-secret", "an own webhook secret")
			.withProperty("ayurlahi.storage.s3.bucket", "ayurlahi-documents")
			.withProperty("ayurlahi.invoices.platform.gstin", "29AAGCB7383J1Z4")
			.withProperty("ayurlahi.auth.recovery.portal-url", "https://portal.ayurlahi.in");
		environment.setActiveProfiles("prod");
		return environment;
	}

}
