package com.ayurlahi.common.apidocs;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Groups operations by what they are about, as their paths say ({@code /api/orders/…}:
 * "orders"; the team's {@code /api/admin/jobs/…}: "admin jobs"), instead of by the name
 * of the controller class that happens to serve them.
 */
class PathTags implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.setTags(null);
		openApi.getPaths().forEach((path, item) -> {
			for (Operation operation : item.readOperationsMap().values()) {
				operation.setTags(List.of(tagOf(path)));
			}
		});
	}

	static String tagOf(String path) {
		String[] segments = path.split("/");
		// "", "api", then what the path is about
		String first = segments.length > 2 ? segments[2] : "api";
		if ((first.equals("admin") || first.equals("webhooks")) && segments.length > 3) {
			return (first + " " + segments[3]).toLowerCase(Locale.ROOT);
		}
		return first.toLowerCase(Locale.ROOT);
	}

}
