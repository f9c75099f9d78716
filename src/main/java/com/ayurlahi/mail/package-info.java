/**
 * Email, as a channel port like WhatsApp's: {@link com.ayurlahi.mail.Mailer} writes an
 * email into the outbox in the caller's transaction, and the outbox sender sends it
 * afterwards, one instance at a time, so that a slow mail server never holds a
 * transaction. Two adapters: SMTP through Spring Boot's mail support when
 * {@code MAIL_HOST} is set; otherwise, where switched on (dev and test), the embedded
 * mailbox with its page {@code /dev/mailbox}; otherwise email is off, which the start-up
 * log says.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*" })
package com.ayurlahi.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
