package com.ayurlahi.mail.mailbox;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the embedded mailbox is switched on and no SMTP server is set: with MAIL_HOST
 * emails go to the server, and the mailbox and its page do not exist.
 */
class UsesMailbox implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return context.getEnvironment().getProperty("ayurlahi.mail.mailbox-enabled", Boolean.class, false)
				&& context.getEnvironment().getProperty("ayurlahi.mail.host", "").isBlank();
	}

}
