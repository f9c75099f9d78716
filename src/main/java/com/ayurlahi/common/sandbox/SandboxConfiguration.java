package com.ayurlahi.common.sandbox;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The sandboxes' webhook queue, while Razorpay's key id and key secret are not configured
 * (then the sandboxes stand in for Razorpay).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SandboxConfiguration.UsesSandbox.class)
class SandboxConfiguration {

	@Bean
	SandboxWebhookOutbox sandboxWebhookOutbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
		return new SandboxWebhookOutbox(jdbc, transactions);
	}

	/** True unless Razorpay's key id and key secret are configured. */
	static class UsesSandbox implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String keyId = context.getEnvironment().getProperty("ayurlahi.payments.razorpay.key-id", "");
			String keySecret = context.getEnvironment().getProperty("ayurlahi.payments.razorpay.key-secret", "");
			return keyId.isBlank() || keySecret.isBlank();
		}

	}

}
