package com.ayurlahi.profiles.web;

import org.jspecify.annotations.Nullable;

/**
 * The team's decision on a profile, from the detail page: which (from the path: approve,
 * reject, suspend, reinstate) and why. The reason's rules are the approval's own.
 */
public record DecisionFormData(@Nullable String decision, @Nullable String reason) {

	static DecisionFormData none() {
		return new DecisionFormData(null, null);
	}

}
