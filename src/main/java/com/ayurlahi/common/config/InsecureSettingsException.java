package com.ayurlahi.common.config;

import java.util.List;

/**
 * The prod profile was started with settings that are not safe for production.
 */
public class InsecureSettingsException extends RuntimeException {

	private final List<String> problems;

	InsecureSettingsException(List<String> problems) {
		super("Refusing to start in the prod profile: " + String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
