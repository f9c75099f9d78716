package com.ayurlahi.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.ayurlahi.test.Api;
import com.ayurlahi.test.DocumentedStatuses;
import com.ayurlahi.test.IntegrationTest;

/**
 * The OpenAPI description at {@code /api/docs/openapi.json} covers the API: every
 * endpoint of the API contract ({@code contract/api.md}, a copy of the product's
 * {@code spec/api.md}) and every endpoint the README says was added, read from their
 * text, and every {@code /api} endpoint the application maps; with the bearer scheme, the
 * problem+json shape behind every error, the webhooks' signatures and the main requests'
 * examples. Swagger UI is served from its WebJar at {@code /api/docs} under the portals'
 * Content-Security-Policy.
 */
@IntegrationTest
class ApiDocumentationIT {

	/** {@code METHOD /api/path}, as the contract and the README write endpoints. */
	private static final Pattern ENDPOINT = Pattern
		.compile("\\b(GET|POST|PUT|PATCH|DELETE)\\s+(/api/[a-z][^\\s`?·,;)…]*)");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	List<DynamicTest> everyEndpointOfTheContractAndTheReadmeIsDocumented() throws IOException {
		DocumentedStatuses docs = DocumentedStatuses.of(mvc);
		writeForReaders(docs);
		Set<Endpoint> endpoints = new LinkedHashSet<>(endpointsIn(contract(), "contract"));
		endpoints.addAll(endpointsIn(Files.readString(Path.of("README.md")), "README"));
		assertThat(endpoints).as("endpoints read from the contract and the README").hasSizeGreaterThan(60);
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			tests.add(DynamicTest.dynamicTest(endpoint + " (" + endpoint.source() + ")", () -> {
				if (endpoint.path().startsWith("/api/docs")) {
					// the documentation itself, not an operation it describes
					assertThat(mvc.get().uri(endpoint.path()).exchange().getResponse().getStatus()).isBetween(200, 399);
					return;
				}
				String concrete = endpoint.concretePath();
				assertThat(served(endpoint.method(), concrete)).as("the application serves %s", endpoint).isTrue();
				assertThat(docs.operationFor(endpoint.method(), concrete))
					.as("%s is in %s", endpoint, DocumentedStatuses.OPENAPI)
					.isNotNull();
			}));
		}
		return tests;
	}

	@Test
	void everyApiEndpointTheApplicationMapsIsDocumentedAndNoPortalPageIs() {
		DocumentedStatuses docs = DocumentedStatuses.of(mvc);
		Set<String> mapped = new java.util.TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") || pattern.startsWith("/api/docs")) {
					continue;
				}
				info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern));
			}
		}

		assertThat(mapped).hasSizeGreaterThan(80);
		assertThat(docs.operations().keySet()).containsAll(mapped);
		assertThat(docs.operations().keySet()).allSatisfy(operation -> assertThat(operation).contains(" /api/"));
	}

	@Test
	void theStatusCheckRefusesWhatAnOperationDoesNotDocument() {
		DocumentedStatuses docs = DocumentedStatuses.of(mvc);

		docs.assertDocumented(HttpMethod.GET, "/api/users/me", 200);
		docs.assertDocumented(HttpMethod.POST, "/api/orders", 201);
		assertThat(docs.operationFor(HttpMethod.GET, "/api/clinics/me")).isEqualTo("/api/clinics/me");
		assertThat(docs.operationFor(HttpMethod.GET, "/api/clinics/0a7b0000-0000-4000-8000-000000000001"))
			.isEqualTo("/api/clinics/{id}");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> docs.assertDocumented(HttpMethod.GET, "/api/users/me", 404))
			.withMessageContaining("does not document");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> docs.assertDocumented(HttpMethod.POST, "/api/orders", 200));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> docs.assertDocumented(HttpMethod.DELETE, "/api/users/me", 204))
			.withMessageContaining("no operation");
	}

	@Test
	void tokensAreExplainedAndEveryErrorIsProblemJson() {
		JsonNode doc = DocumentedStatuses.of(mvc).document();

		JsonNode bearer = doc.at("/components/securitySchemes/bearerJwt");
		assertThat(bearer.path("type").asString()).isEqualTo("http");
		assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
		assertThat(bearer.path("bearerFormat").asString()).isEqualTo("JWT");
		assertThat(bearer.path("description").asString()).contains("POST /api/auth/login");
		assertThat(doc.at("/info/description").asString()).contains("POST /api/auth/login", "Authorization: Bearer");
		assertThat(doc.path("security").toString()).contains("bearerJwt");
		// login is open, answers 401 for wrong credentials and 423 for a locked account
		JsonNode login = doc.at("/paths/~1api~1auth~1login/post");
		assertThat(login.path("security").isArray() && login.path("security").isEmpty()).isTrue();
		assertThat(login.path("responses").propertyNames()).contains("200", "400", "401", "423", "429");
		assertThat(doc.at("/paths/~1api~1users~1me/get/responses").propertyNames()).contains("200", "401")
			.doesNotContain("404");

		JsonNode problem = doc.at("/components/schemas/Problem/properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "requestId",
				"errors");
		assertThat(doc.at("/components/schemas/FieldError/properties").propertyNames()).contains("field", "message");
		List<String> errors = new ArrayList<>();
		DocumentedStatuses.of(mvc).operations().forEach((operation, description) -> {
			description.path("responses").properties().forEach(response -> {
				if (Integer.parseInt(response.getKey()) >= 400) {
					errors.add(operation + " " + response.getKey() + " → "
							+ response.getValue().at("/content/application~1problem+json/schema/$ref").asString(""));
				}
			});
		});
		assertThat(errors).hasSizeGreaterThan(200)
			.allSatisfy(error -> assertThat(error).endsWith("→ #/components/schemas/Problem"));
	}

	@Test
	void webhooksSayHowTheyAreSignedAndTheMainRequestsHaveExamples() {
		JsonNode doc = DocumentedStatuses.of(mvc).document();

		JsonNode razorpay = doc.at("/paths/~1api~1webhooks~1razorpay~1payment/post");
		assertThat(razorpay.path("security").isEmpty()).isTrue();
		assertThat(razorpay.path("description").asString()).contains("HMAC-SHA256", "subscription.*", "sandbox");
		assertThat(parameter(razorpay, "X-Razorpay-Signature").path("in").asString()).isEqualTo("header");
		assertThat(parameter(razorpay, "X-Razorpay-Signature").path("description").asString())
			.contains("RAZORPAY_WEBHOOK_SECRET");
		assertThat(parameter(razorpay, "X-Razorpay-Event-Id").path("in").asString()).isEqualTo("header");
		assertThat(razorpay.at("/requestBody/content/application~1json/examples/event/value/event").asString())
			.isEqualTo("payment.captured");
		assertThat(razorpay.path("responses").propertyNames()).contains("200", "400").doesNotContain("401");

		JsonNode whatsApp = doc.at("/paths/~1api~1webhooks~1whatsapp~1incoming/post");
		assertThat(whatsApp.path("security").isEmpty()).isTrue();
		assertThat(parameter(whatsApp, "token").path("in").asString()).isEqualTo("query");
		assertThat(parameter(whatsApp, "token").path("description").asString()).contains("WHATSAPP_WEBHOOK_TOKEN");
		assertThat(whatsApp.path("responses").propertyNames()).contains("200", "400", "401");

		assertThat(doc
			.at("/paths/~1api~1auth~1login/post/requestBody/content/application~1json/examples/example/value/email")
			.asString()).isEqualTo("clinic@demo.ayurlahi.in");
		assertThat(doc
			.at("/paths/~1api~1orders/post/requestBody/content/application~1json/examples/example/value/items/0/quantity")
			.asInt()).isEqualTo(10);
		assertThat(doc
			.at("/paths/~1api~1orders/post/responses/409/content/application~1problem+json/examples/overThePlan/value/upgradeUrl")
			.asString()).isEqualTo("/clinic/plan");
		for (String path : List.of("/api/auth/register", "/api/clinics", "/api/manufacturers", "/api/products",
				"/api/disputes", "/api/subscriptions")) {
			assertThat(doc.path("paths").path(path).at("/post/requestBody/content/application~1json/examples/example"))
				.as("example of POST %s", path)
				.isNotEmpty();
		}
	}

	@Test
	void swaggerUiIsServedFromItsWebJarUnderTheStrictPolicy() {
		MvcTestResult docs = mvc.get().uri("/api/docs").exchange();
		assertThat(docs.getResponse().getStatus()).isEqualTo(302);
		String ui = String.valueOf(docs.getResponse().getRedirectedUrl());

		MvcTestResult page = mvc.get().uri(ui).exchange();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(Api.body(page)).contains("swagger-ui-bundle.js", "swagger-initializer.js")
			.doesNotContain("<script>")
			.doesNotContain("unpkg")
			.doesNotContain("cdn");
		assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		MvcTestResult config = mvc.get().uri("/api/docs/openapi.json/swagger-config").exchange();
		assertThat(Api.body(config)).contains("/api/docs/openapi.json");
		// open to anyone, read-only
		assertThat(mvc.get().uri(DocumentedStatuses.OPENAPI).exchange().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.post().uri(DocumentedStatuses.OPENAPI).exchange().getResponse().getStatus()).isEqualTo(403);
	}

	private boolean served(HttpMethod method, String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method.name(), path);
		try {
			return mappings.getHandler(request) != null;
		}
		catch (HttpRequestMethodNotSupportedException otherMethodsOnly) {
			return false;
		}
		catch (HttpMediaTypeNotSupportedException servedForAnotherBody) {
			return true;
		}
	}

	private static JsonNode parameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("name").asString().equalsIgnoreCase(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name + " in " + operation);
	}

	private static String contract() throws IOException {
		try (InputStream in = ApiDocumentationIT.class.getResourceAsStream("/contract/api.md")) {
			assertThat(in).as("contract/api.md").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<Endpoint> endpointsIn(String text, String source) {
		List<Endpoint> endpoints = new ArrayList<>();
		Matcher matcher = ENDPOINT.matcher(text);
		while (matcher.find()) {
			String path = matcher.group(2).replaceAll("[.:]+$", "");
			endpoints.add(new Endpoint(HttpMethod.valueOf(matcher.group(1)), path, source));
		}
		return endpoints;
	}

	/** The OpenAPI document as a build artefact, next to the screenshots. */
	private static void writeForReaders(DocumentedStatuses docs) throws IOException {
		Path target = Path.of("target", "openapi.json");
		Files.createDirectories(target.getParent());
		Files.writeString(target, docs.document().toPrettyString());
	}

	private record Endpoint(HttpMethod method, String path, String source) {

		/** The path with a sample value for each variable. */
		String concretePath() {
			return path.replaceAll("\\{[^/}]+}", "0a7b0000-0000-4000-8000-000000000001");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Endpoint endpoint && endpoint.method.equals(method)
					&& endpoint.path.replaceAll("\\{[^/}]+}", "{}").equals(path.replaceAll("\\{[^/}]+}", "{}"));
		}

		@Override
		public int hashCode() {
			return (method.name() + path.replaceAll("\\{[^/}]+}", "{}")).hashCode();
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
