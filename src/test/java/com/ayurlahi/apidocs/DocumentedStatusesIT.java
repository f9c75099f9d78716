package com.ayurlahi.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.Api;
import com.ayurlahi.test.DocumentedStatuses;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * The endpoints {@code ApiAccessIT} does not call (signing in and up, the team's account
 * actions and jobs, documents, the WhatsApp webhook), each with its answer to a happy and
 * a refused request: each answer is the one expected, and one its operation documents.
 */
@IntegrationTest
class DocumentedStatusesIT {

	private static final String WHATSAPP_TOKEN = "dev-only-whatsapp-webhook-token";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	JwtTokens tokens;

	@TestFactory
	List<DynamicTest> everyAnswerIsDocumented() {
		DocumentedStatuses documented = DocumentedStatuses.of(mvc);
		User clinic = Accounts.create(users, Role.CLINIC);
		User admin = Accounts.create(users, Role.ADMIN);
		User target = Accounts.create(users, Role.MANUFACTURER);
		String someone = UUID.randomUUID().toString();
		List<Call> calls = List.of(new Call(null, HttpMethod.POST, "/api/auth/login",
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(clinic.getEmail(), Accounts.PASSWORD), 200),
				new Call(null, HttpMethod.POST, "/api/auth/login",
						"{\"email\": \"%s\", \"password\": \"wrong\"}".formatted(clinic.getEmail()), 401),
				new Call(null, HttpMethod.POST, "/api/auth/login", "{}", 400),
				new Call(null, HttpMethod.POST, "/api/auth/register",
						"""
								{"email": "%s", "password": "%s", "fullName": "Dr. New", "phone": "%s", "role": "CLINIC"}"""
							.formatted(Accounts.uniqueEmail("docs"), Accounts.PASSWORD, Accounts.uniqueMobile()),
						201),
				new Call(null, HttpMethod.POST, "/api/auth/register",
						"""
								{"email": "%s", "password": "%s", "fullName": "Dr. Again", "phone": "%s", "role": "CLINIC"}"""
							.formatted(clinic.getEmail(), Accounts.PASSWORD, Accounts.uniqueMobile()),
						409),
				new Call(null, HttpMethod.POST, "/api/auth/register", "{\"role\": \"ADMIN\"}", 400),
				new Call(null, HttpMethod.POST, "/api/auth/change-password", "{}", 401),
				new Call(clinic, HttpMethod.POST, "/api/auth/change-password", "{}", 400),
				new Call(admin, HttpMethod.POST, "/api/admin/users/" + target.getId() + "/password-reset", null, 202),
				new Call(admin, HttpMethod.POST, "/api/admin/users/" + someone + "/password-reset", null, 404),
				new Call(clinic, HttpMethod.POST, "/api/admin/users/" + target.getId() + "/suspend", null, 403),
				new Call(admin, HttpMethod.GET, "/api/admin/jobs/executions/987654321", null, 404),
				new Call(clinic, HttpMethod.GET, "/api/admin/jobs/executions/1", null, 403),
				new Call(clinic, HttpMethod.GET, "/api/invoices", null, 200),
				new Call(clinic, HttpMethod.GET, "/api/invoices?kind=RECEIPT", null, 400),
				new Call(clinic, HttpMethod.GET, "/api/invoices/" + someone, null, 404),
				new Call(clinic, HttpMethod.GET, "/api/invoices/" + someone + "/pdf", null, 404),
				new Call(clinic, HttpMethod.GET, "/api/invoices/order/" + someone, null, 404),
				new Call(clinic, HttpMethod.GET, "/api/invoices/order/not-an-id", null, 400),
				new Call(clinic, HttpMethod.POST, "/api/invoices/generate/" + someone, null, 403),
				new Call(admin, HttpMethod.POST, "/api/invoices/generate/" + someone, null, 404),
				new Call(null, HttpMethod.POST, "/api/webhooks/whatsapp/incoming?token=wrong", "{}", 401),
				new Call(null, HttpMethod.POST, "/api/webhooks/whatsapp/incoming?token=" + WHATSAPP_TOKEN,
						"not a callback", 400),
				// no number saved yet
				new Call(clinic, HttpMethod.GET, "/api/clinics/me/whatsapp", null, 404),
				new Call(clinic, HttpMethod.GET, "/api/manufacturers/me/whatsapp", null, 403),
				new Call(clinic, HttpMethod.POST, "/api/clinics/me/whatsapp", "{\"phone\": \"12\"}", 400),
				new Call(clinic, HttpMethod.GET, "/api/disputes/" + someone + "/evidence/" + someone, null, 404));
		List<DynamicTest> tests = new ArrayList<>();
		for (Call call : calls) {
			tests.add(DynamicTest.dynamicTest(call.toString(), () -> {
				MvcTestResult result = call.send(mvc, tokens);
				assertThat(result.getResponse().getStatus()).as(Api.body(result)).isEqualTo(call.expected());
				documented.assertDocumented(call.method(), call.uri(), call.expected());
			}));
		}
		return tests;
	}

	private record Call(@Nullable User caller, HttpMethod method, String uri, @Nullable String body, int expected) {

		MvcTestResult send(MockMvcTester mvc, JwtTokens tokens) {
			var request = mvc.method(method)
				.uri(uri)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body == null ? "" : body);
			if (caller != null) {
				request = request.header(HttpHeaders.AUTHORIZATION,
						"Bearer " + tokens.issue(Accounts.principal(caller)).value());
			}
			return request.exchange();
		}

		@Override
		public String toString() {
			return method + " " + uri + " as " + (caller == null ? "anonymous" : caller.getRole()) + " → " + expected;
		}

	}

}
