package com.ayurlahi.whatsapp.simulator;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the simulator is switched on and Gupshup is not configured: with an API key
 * messages go to Gupshup, and the simulator and its page do not exist.
 */
class UsesSimulator implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		boolean enabled = context.getEnvironment()
			.getProperty("ayurlahi.whatsapp.simulator.enabled", Boolean.class, false);
		return enabled && context.getEnvironment().getProperty("ayurlahi.whatsapp.api-key", "").isBlank();
	}

}
