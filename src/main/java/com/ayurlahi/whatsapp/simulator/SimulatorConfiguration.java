package com.ayurlahi.whatsapp.simulator;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.handler.MappedInterceptor;

import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Numbers;

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

	@Bean
	SimulatorAccess simulatorAccess(Numbers numbers, SimulatorSettings settings) {
		return new SimulatorAccess(numbers, settings);
	}

	/** Checks {@link SimulatorAccess} before every request to the simulator's pages. */
	@Bean
	MappedInterceptor simulatorAccessInterceptor(SimulatorAccess access) {
		return new MappedInterceptor(new String[] { "/dev/whatsapp", "/dev/whatsapp/**" }, access);
	}

}
