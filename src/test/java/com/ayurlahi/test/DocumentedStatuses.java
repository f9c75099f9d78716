package com.ayurlahi.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The API's own OpenAPI description ({@code /api/docs/openapi.json}) as a check on what
 * an endpoint answers: a test that calls the API passes each response here, and fails
 * when the status is not one the called operation documents (or the operation is not in
 * the description at all).
 */
public final class DocumentedStatuses {

	public static final String OPENAPI = "/api/docs/openapi.json";

	private static final Pattern METHODS = Pattern.compile("get|put|post|patch|delete|head|options|trace");

	private static final Pattern VARIABLE = Pattern.compile("\\{[^/}]+}");

	private final JsonNode document;

	private final List<Template> templates;

	private DocumentedStatuses(JsonNode document) {
		this.document = document;
		this.templates = document.path("paths")
			.propertyNames()
			.stream()
			.map(Template::new)
			// literal segments win over variables, as Spring MVC matches /api/clinics/me
			// before /api/clinics/{id}
			.sorted(Comparator.comparingInt(Template::variables))
			.toList();
	}

	/** The description the running application serves, read anonymously. */
	public static DocumentedStatuses of(MockMvcTester mvc) {
		var result = mvc.get().uri(OPENAPI).exchange();
		assertThat(result.getResponse().getStatus()).as("GET " + OPENAPI).isEqualTo(200);
		return new DocumentedStatuses(JsonMapper.shared().readTree(Api.body(result)));
	}

	public JsonNode document() {
		return document;
	}

	/**
	 * Fails unless the operation that serves {@code method uri} documents {@code status}.
	 */
	public void assertDocumented(HttpMethod method, String uri, int status) {
		String template = operationFor(method, uri);
		assertThat(template).as("no operation in %s serves %s %s", OPENAPI, method, uri).isNotNull();
		JsonNode responses = operation(method, String.valueOf(template)).path("responses");
		assertThat(responses.has(String.valueOf(status)))
			.as("%s %s answered %d, which its description does not document (it documents %s)", method, template,
					status, responses.propertyNames())
			.isTrue();
	}

	/**
	 * The documented path template of the operation that serves {@code method uri}, or
	 * null when none does.
	 */
	public @Nullable String operationFor(HttpMethod method, String uri) {
		String path = String.valueOf(UriComponentsBuilder.fromUriString(uri).build().getPath());
		return templates.stream()
			.filter(template -> template.matches(path) && operation(method, template.path()).isObject())
			.map(Template::path)
			.findFirst()
			.orElse(null);
	}

	private JsonNode operation(HttpMethod method, String template) {
		return document.path("paths").path(template).path(method.name().toLowerCase(Locale.ROOT));
	}

	/** Every documented operation as {@code "METHOD /path/{variable}"}. */
	public Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new TreeMap<>();
		document.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.stream()
				.filter(entry -> METHODS.matcher(entry.getKey()).matches())
				.forEach(entry -> operations.put(entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
						entry.getValue())));
		return operations;
	}

	private record Template(String path, Pattern pattern, int variables) {

		Template(String path) {
			this(path,
					Pattern.compile(Arrays.stream(path.split("/", -1))
						.map(segment -> VARIABLE.matcher(segment).matches() ? "[^/]+" : Pattern.quote(segment))
						.collect(Collectors.joining("/"))),
					(int) Arrays.stream(path.split("/"))
						.filter(segment -> VARIABLE.matcher(segment).matches())
						.count());
		}

		boolean matches(String candidate) {
			return pattern.matcher(candidate).matches();
		}

	}

}
