package com.ayurlahi.whatsapp.simulator;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Numbers;

/**
 * The simulator's beans, present only while it stands in for Gupshup
 * ({@link UsesSimulator}); the module's channel configuration then hands it the messages.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(UsesSimulator.class)
@EnableConfigurationProperties(SimulatorSettings.class)
public class SimulatorConfiguration implements WebMvcConfigurer {

	private final SimulatorAccess access;

	SimulatorConfiguration(Numbers numbers, SimulatorSettings settings) {
		this.access = new SimulatorAccess(numbers, settings);
	}

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
	SimulatorAccess simulatorAccess() {
		return access;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(access).addPathPatterns("/dev/whatsapp", "/dev/whatsapp/**");
	}

}
