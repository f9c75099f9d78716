package com.ayurlahi.common.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Who may call what without a token, as the API's security filter chain has it
 * ({@code auth.internal.SecurityConfiguration}): registration, login and the webhooks are
 * open (no security requirement); every other operation needs the bearer token and
 * documents 401 without it. Registration and login, like the portals' sign-in, are rate
 * limited per client IP (429).
 */
class PublicOperations implements OpenApiCustomizer {

	private static final List<String> PUBLIC_PATHS = List.of("/api/auth/register", "/api/auth/login");

	private static final String WEBHOOKS = "/api/webhooks/";

	private static final String AUTH = "/api/auth/";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> {
			for (Operation operation : item.readOperationsMap().values()) {
				customise(path, operation);
			}
		});
	}

	private static void customise(String path, Operation operation) {
		if (PUBLIC_PATHS.contains(path) || path.startsWith(WEBHOOKS)) {
			operation.setSecurity(List.of());
		}
		else {
			ErrorResponses.add(operation, 401,
					"Not signed in: the bearer token is missing, expired or no longer valid.");
		}
		if (path.startsWith(AUTH)) {
			ErrorResponses.add(operation, 429,
					"Too many sign-in attempts from this address: try again after `Retry-After` seconds.");
		}
	}

}
