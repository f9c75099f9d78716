package com.ayurlahi.common.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the settings problems as Spring Boot's "APPLICATION FAILED TO START" report,
 * without a stack trace.
 */
public class InsecureSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InsecureSettingsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InsecureSettingsException cause) {
		String description = "The prod profile refuses to start with these settings:\n  - "
				+ String.join("\n  - ", cause.problems());
		String action = "Set each secret to a value of your own (JWT_SECRET: at least 32 random bytes, e.g. "
				+ "`openssl rand -base64 48`) and leave demo data off. See the configuration table in README.md.";
		return new FailureAnalysis(description, action, cause);
	}

}
