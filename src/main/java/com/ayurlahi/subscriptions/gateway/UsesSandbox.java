package com.ayurlahi.subscriptions.gateway;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True unless Razorpay's key id and key secret are configured: then subscriptions go
 * through Razorpay, as payments do (the same keys, {@code ayurlahi.payments.razorpay.*}).
 */
class UsesSandbox implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !razorpayConfigured(context);
	}

	static boolean razorpayConfigured(ConditionContext context) {
		String keyId = context.getEnvironment().getProperty("ayurlahi.payments.razorpay.key-id", "");
		String keySecret = context.getEnvironment().getProperty("ayurlahi.payments.razorpay.key-secret", "");
		return !keyId.isBlank() && !keySecret.isBlank();
	}

	/** The opposite: Razorpay's keys are configured. */
	static class UsesRazorpay implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return razorpayConfigured(context);
		}

	}

}
