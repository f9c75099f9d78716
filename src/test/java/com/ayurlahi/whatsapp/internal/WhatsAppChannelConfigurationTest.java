package com.ayurlahi.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.simulator.SimulatedChannel;
import com.ayurlahi.whatsapp.simulator.SimulatorConfiguration;
import com.ayurlahi.whatsapp.simulator.WhatsAppSimulator;

/**
 * Which channel each profile's settings choose (application.yml and the profile's file;
 * what an environment variable could change is set explicitly): Gupshup with an API key,
 * otherwise the simulator where it is switched on (dev and test, never by our prod
 * settings), otherwise off; the start-up log says which.
 */
@ExtendWith(OutputCaptureExtension.class)
class WhatsAppChannelConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(WhatsAppChannelConfiguration.class, SimulatorConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Numbers.class, () -> new Numbers(org.mockito.Mockito.mock(JdbcClient.class)))
		.withPropertyValues("ayurlahi.whatsapp.api-key=");

	@Test
	void theDevAndTestProfilesSendToTheSimulator(CapturedOutput output) {
		for (String profile : new String[] { "dev", "test" }) {
			context.withPropertyValues("spring.profiles.active=" + profile).run(app -> {
				assertThat(app).hasSingleBean(WhatsAppSimulator.class);
				assertThat(app).getBean(WhatsAppChannel.class)
					.isInstanceOfSatisfying(SimulatedChannel.class, channel -> assertThat(channel.isOn()).isTrue());
			});
		}
		assertThat(output).contains("WhatsApp goes to the simulator (development only): its phone is at "
				+ "/dev/whatsapp and it posts Gupshup's callbacks to this application's own "
				+ "/api/webhooks/whatsapp/incoming");
	}

	@Test
	void prodNeverGetsTheSimulatorFromOurSettings(CapturedOutput output) {
		context.withPropertyValues("spring.profiles.active=prod").run(app -> {
			assertThat(app).doesNotHaveBean(WhatsAppSimulator.class);
			assertThat(app).getBean(WhatsAppChannel.class)
				.isInstanceOfSatisfying(ChannelOff.class, channel -> assertThat(channel.isOn()).isFalse());
		});
		assertThat(output)
			.contains("WhatsApp is off: WHATSAPP_API_KEY is not set and the simulator is not switched on");
	}

	@Test
	void anApiKeyChoosesGupshupAndTheSimulatorDoesNotExist(CapturedOutput output) {
		context.withPropertyValues("spring.profiles.active=dev", "ayurlahi.whatsapp.api-key=gupshup-key").run(app -> {
			assertThat(app).doesNotHaveBean(WhatsAppSimulator.class);
			assertThat(app).getBean(WhatsAppChannel.class).isInstanceOf(GupshupChannel.class);
		});
		assertThat(output).contains("WhatsApp goes through Gupshup at https://api.gupshup.io/wa/api/v1");
	}

	@Test
	void withTheSimulatorSwitchedOffTheChannelIsOff() {
		context.withPropertyValues("spring.profiles.active=dev", "ayurlahi.whatsapp.simulator.enabled=false")
			.run(app -> {
				assertThat(app).doesNotHaveBean(WhatsAppSimulator.class);
				assertThat(app).getBean(WhatsAppChannel.class).isInstanceOf(ChannelOff.class);
			});
	}

}
