package com.ayurlahi.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import com.ayurlahi.payments.PaymentSettings;

/**
 * The start-up log says which gateway takes the payments, and warns when Razorpay's
 * settings are given only in part (the sandbox then keeps the payments and signs with its
 * own secrets).
 */
@ExtendWith(OutputCaptureExtension.class)
class RazorpaySettingsReportTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class, RazorpaySettingsReport.class)
		.withPropertyValues("spring.profiles.active=dev", "ayurlahi.payments.razorpay.key-id=",
				"ayurlahi.payments.razorpay.key-secret=", "ayurlahi.payments.razorpay.webhook-secret=");

	@Test
	void aWebhookSecretAloneIsNamedWithWhatIsMissing(CapturedOutput output) {
		context.withPropertyValues("ayurlahi.payments.razorpay.webhook-secret=whsec_from_the_dashboard")
			.run(app -> assertThat(app).hasNotFailed());

		assertThat(output).contains("WARN")
			.contains("RAZORPAY_WEBHOOK_SECRET is set but RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are not: payments "
					+ "go through the sandbox, which signs its webhooks with its own secret");
	}

	@Test
	void aKeyIdWithoutItsSecretIsNamedToo(CapturedOutput output) {
		context.withPropertyValues("ayurlahi.payments.razorpay.key-id=rzp_live_Half")
			.run(app -> assertThat(app).hasNotFailed());

		assertThat(output).contains("WARN")
			.contains("RAZORPAY_KEY_ID is set but RAZORPAY_KEY_SECRET and RAZORPAY_WEBHOOK_SECRET are not");
	}

	@Test
	void theSandboxAloneIsNoWarning(CapturedOutput output) {
		context.run(app -> assertThat(app).hasNotFailed());

		assertThat(output).contains("Payments go through the sandbox").doesNotContain("set but");
	}

	@Test
	void theWholeKeySetChoosesRazorpayQuietly(CapturedOutput output) {
		context
			.withPropertyValues("ayurlahi.payments.razorpay.key-id=rzp_live_Whole",
					"ayurlahi.payments.razorpay.key-secret=key secret",
					"ayurlahi.payments.razorpay.webhook-secret=webhook secret")
			.run(app -> assertThat(app).hasNotFailed());

		assertThat(output).contains("Payments go through Razorpay as rzp_live_Whole")
			.doesNotContain("set but", "is not set");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PaymentSettings.class)
	static class Settings {

	}

}
