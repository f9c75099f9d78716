package com.ayurlahi.common.apidocs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the OpenAPI description no controller says: what the API is, how a caller
 * gets and sends its token, and the problem+json shape of every error.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	/** The security scheme's name, as operations refer to it. */
	static final String BEARER = "bearerJwt";

	/** The error body's schema name, as error responses refer to it. */
	static final String PROBLEM = "Problem";

	static final String FIELD_ERROR = "FieldError";

	private static final String DESCRIPTION = """
			The JSON API of Ayurlahi, the B2B marketplace where Ayurvedic clinics in India buy from the \
			manufacturers who make the medicines: the same domain services as the three portals.

			**Authentication.** `POST /api/auth/login` with `{"email": "…", "password": "…"}` answers \
			`{"accessToken": "…", "tokenType": "Bearer", "expiresIn": 3600, "user": {…}}`. Send the token \
			as `Authorization: Bearer <accessToken>` on every other request (in Swagger UI: **Authorize**). \
			A token stops working when it expires, when its account changes its password or is suspended. \
			Webhooks authenticate by their signature (Razorpay) or their URL's token (WhatsApp), never by \
			a bearer token.

			**Errors** are `application/problem+json` (RFC 9457) with `status`, `title`, `detail` and \
			`requestId` (quote it to support); validation failures list `errors: [{field, message}]`, the \
			field named by its path (`items[0].quantity`). 400 invalid input · 401 not signed in · 403 the \
			role may not do this · 404 not found, also for another tenant's resource · 409 the state forbids \
			it (a 409 that names where to resolve it carries that link as `<rel>Url`, e.g. `upgradeUrl`) · \
			423 account locked · 429 rate limited · 503 the database can't be reached (both with \
			`Retry-After`).

			**Conventions.** Ids are UUIDs; money is a JSON number in rupees with two decimals \
			(fields ending in `Paise` are whole paise); rates are percentages; dates `2026-11-24`, instants \
			ISO-8601 UTC. Lists are Spring Data pages (`content`, `page.size`, `page.number`, \
			`page.totalElements`, `page.totalPages`), asked for with `page` (from 0), `size` (at most 100) \
			and `sort`.""";

	@Bean
	OpenAPI ayurlahiOpenApi(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new OpenAPI()
			.info(new Info().title("Ayurlahi API")
				.version(properties != null ? properties.getVersion() : "development")
				.description(DESCRIPTION))
			.components(new Components().addSecuritySchemes(BEARER, bearerScheme())
				.addSchemas(FIELD_ERROR, fieldErrorSchema())
				.addSchemas(PROBLEM, problemSchema()))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	@Bean
	OperationCustomizer errorResponses() {
		return new ErrorResponses();
	}

	@Bean
	OperationCustomizer pageableParameters() {
		return new PageableParameters();
	}

	@Bean
	OpenApiCustomizer pathTags() {
		return new PathTags();
	}

	@Bean
	OpenApiCustomizer publicOperations() {
		return new PublicOperations();
	}

	@Bean
	OpenApiCustomizer webhookDescriptions() {
		return new WebhookDescriptions();
	}

	@Bean
	OpenApiCustomizer requestExamples() {
		return new RequestExamples();
	}

	private static SecurityScheme bearerScheme() {
		return new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("The `accessToken` of `POST /api/auth/login` (a JWT signed with HS256), sent as "
					+ "`Authorization: Bearer <accessToken>`. It expires after `expiresIn` seconds.");
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> fieldErrorSchema() {
		Map<String, Schema> properties = Map.of("field",
				new StringSchema().description("The field at fault, by its path (`items[0].quantity`)")
					.example("gstin"),
				"message", new StringSchema().description("What is wrong with it").example("is not a valid GSTIN"));
		return new ObjectSchema().description("One rejected input field.")
			.properties(properties)
			.required(List.of("field", "message"));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri").example("about:blank"));
		properties.put("title", new StringSchema().description("The status's standard phrase").example("Conflict"));
		properties.put("status", new IntegerSchema().example(409));
		properties.put("detail", new StringSchema().description("What went wrong, for the caller to read")
			.example("Only 3 of Ashwagandha Churna are in stock."));
		properties.put("instance", new StringSchema().format("uri").description("The request's path"));
		properties.put("requestId", new StringSchema().description("The request's id, to quote to support"));
		properties.put("errors", new ArraySchema().items(new Schema<>().$ref(FIELD_ERROR))
			.description("The rejected fields, on validation failures (and on conflicts about one field)"));
		return new ObjectSchema()
			.description("An error, as RFC 9457 problem details. A conflict that names where to resolve it adds "
					+ "that link as `<rel>Url` (`\"upgradeUrl\": \"/clinic/plan\"`).")
			.properties(properties)
			.required(List.of("title", "status", "detail"));
	}

}
