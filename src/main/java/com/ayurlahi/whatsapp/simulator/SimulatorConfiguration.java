package com.ayurlahi.whatsapp.simulator;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.ayurlahi.whatsapp.WhatsAppSettings;

/**
 * The simulator's beans, present only while it stands in for Gupshup
 * ({@link UsesSimulator}); the module's channel configuration then hands it the messages.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(UsesSimulator.class)
@EnableConfigurationProperties(SimulatorSettings.class)
public class SimulatorConfiguration {

	@Bean
	WhatsAppSimulator whatsAppSimulator(SimulatorSettings settings, WhatsAppSettings whatsApp, Environment environment,
			Clock clock) {
		return new WhatsAppSimulator(settings, new SimulatorCallbacks(settings, whatsApp, environment, clock), clock);
	}

	@Bean
	TemplatePreviews templatePreviews(WhatsAppSettings whatsApp) {
		return new TemplatePreviews(whatsApp);
	}

}
