package com.ayurlahi.mail;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the mail module, {@code ayurlahi.mail.*}; the SMTP server's port, user and
 * password are Spring Boot's own ({@code spring.mail.*}, from MAIL_PORT, MAIL_USERNAME,
 * MAIL_PASSWORD).
 *
 * @param host the SMTP server ({@code MAIL_HOST}); without it email goes to the embedded
 * mailbox where that is switched on, and is otherwise off
 * @param from the sender of our emails ({@code MAIL_FROM})
 * @param pollInterval how often the outbox is looked at
 * @param maxAttempts tries before an email is given up
 * @param retryAfter the wait after a failed try, doubling each time
 * @param mailboxEnabled the embedded mailbox ({@code /dev/mailbox}) in place of a server;
 * dev and test only
 */
@ConfigurationProperties("ayurlahi.mail")
@Validated
public record MailSettings(String host, @NotBlank String from, @NotNull Duration pollInterval, @Min(1) int maxAttempts,
		@NotNull Duration retryAfter, boolean mailboxEnabled) {

	public boolean smtp() {
		return host != null && !host.isBlank();
	}

}
