package com.ayurlahi.mail.internal;

import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.ayurlahi.mail.MailSettings;
import com.ayurlahi.mail.mailbox.DevMailbox;

/**
 * Chooses where emails go, and says so at start-up: the SMTP server at MAIL_HOST
 * (Spring's {@link JavaMailSenderImpl} with Spring Boot's {@code spring.mail.*}
 * settings), else the embedded mailbox where it is switched on, else nowhere.
 * <p>
 * Spring Boot makes its own mail sender only when {@code spring.mail.host} is set; the
 * host comes from MAIL_HOST through {@code ayurlahi.mail.host} instead, because an empty
 * {@code spring.mail.host} would still make one (and a health check that fails).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MailSettings.class, MailProperties.class })
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	@Conditional(SmtpHostSet.class)
	JavaMailSenderImpl mailSender(MailSettings settings, MailProperties properties) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		if (properties.getPort() != null) {
			sender.setPort(properties.getPort());
		}
		sender.setUsername(properties.getUsername());
		sender.setPassword(properties.getPassword());
		sender.setProtocol(properties.getProtocol());
		sender.setDefaultEncoding(properties.getDefaultEncoding().name());
		Properties javaMail = new Properties();
		javaMail.putAll(properties.getProperties());
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

	/** The channel in use (primary: the embedded mailbox is a channel of its own too). */
	@Bean
	@Primary
	MailChannel mailChannel(MailSettings settings, ObjectProvider<JavaMailSender> smtp,
			ObjectProvider<DevMailbox> mailbox) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender != null) {
			log.info("Email goes through the SMTP server {} as {}", settings.host(), settings.from());
			return new SmtpMailChannel(sender);
		}
		DevMailbox embedded = mailbox.getIfAvailable();
		if (embedded != null) {
			log.info("Email goes to the embedded mailbox at /dev/mailbox (no MAIL_HOST)");
			return embedded;
		}
		log.warn("Email is off: MAIL_HOST is not set. Password resets by email are unavailable "
				+ "(a code by WhatsApp still works where WhatsApp is set up).");
		return MailChannel.OFF;
	}

	/** True when MAIL_HOST ({@code ayurlahi.mail.host}) is set. */
	static class SmtpHostSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().getProperty("ayurlahi.mail.host", "").isBlank();
		}

	}

}
