package com.ayurlahi.subscriptions.gateway;

import java.util.Map;

/** A Razorpay plan as the sandbox keeps it: monthly, for its amount in paise. */
record SandboxPlan(String id, String name, String description, long amountPaise, Map<String, String> notes) {

	SandboxPlan {
		notes = Map.copyOf(notes);
	}

}
