package com.ayurlahi.whatsapp.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.simulator.SimulatedChannel;
import com.ayurlahi.whatsapp.simulator.WhatsAppSimulator;

/**
 * Chooses the WhatsApp channel by configuration: Gupshup when its API key is set;
 * otherwise the simulator when it is switched on
 * ({@code ayurlahi.whatsapp.simulator.enabled}, in the dev and test profiles; its beans
 * exist only then); otherwise off. The start-up log says which.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsAppSettings.class)
class WhatsAppChannelConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppChannelConfiguration.class);

	@Bean
	WhatsAppChannel whatsAppChannel(WhatsAppSettings settings, ObjectProvider<WhatsAppSimulator> simulator) {
		if (settings.gupshupConfigured()) {
			log.info("WhatsApp goes through Gupshup at {} as {}", settings.apiUrl(), settings.businessNumber());
			return new GupshupChannel(settings);
		}
		WhatsAppSimulator simulated = simulator.getIfAvailable();
		if (simulated != null) {
			log.info("WhatsApp goes to the simulator (development only): its phone is at /dev/whatsapp and it posts "
					+ "Gupshup's callbacks to {}", simulated.target());
			return new SimulatedChannel(simulated);
		}
		log.warn("WhatsApp is off: WHATSAPP_API_KEY is not set and the simulator is not switched on, so "
				+ "notifications stay in the app");
		return new ChannelOff();
	}

}
