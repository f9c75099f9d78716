package com.ayurlahi.mail.mailbox;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The embedded mailbox, present only while it stands in for a mail server. */
@Configuration(proxyBeanMethods = false)
@Conditional(UsesMailbox.class)
class MailboxConfiguration {

	@Bean
	DevMailbox devMailbox(Clock clock) {
		return new DevMailbox(clock);
	}

}
