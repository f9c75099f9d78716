package com.ayurlahi.whatsapp.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.ayurlahi.whatsapp.WhatsAppChannel;
import com.ayurlahi.whatsapp.WhatsAppSettings;

/**
 * Chooses the WhatsApp channel by configuration: Gupshup when its API key is set,
 * otherwise off, which the start-up log says.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WhatsAppSettings.class)
class WhatsAppChannelConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WhatsAppChannelConfiguration.class);

	@Bean
	WhatsAppChannel whatsAppChannel(WhatsAppSettings settings) {
		if (settings.gupshupConfigured()) {
			log.info("WhatsApp goes through Gupshup at {} as {}", settings.apiUrl(), settings.businessNumber());
			return new GupshupChannel(settings);
		}
		log.warn("WhatsApp is off: WHATSAPP_API_KEY is not set, so notifications stay in the app");
		return new ChannelOff();
	}

}
