package com.ayurlahi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.IllegalTransactionStateException;

import com.ayurlahi.auth.internal.JwtTokens;
import com.ayurlahi.common.audit.AuditedChange;
import com.jayway.jsonpath.JsonPath;
import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

@IntegrationTest
class AuditLogIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserManagement users;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JwtTokens tokens;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aSelfRegistrationIsAuditedWithTheNewUserAsActorAndTheRequestsOrigin() throws Exception {
		String email = Accounts.uniqueEmail("audited");

		MvcTestResult registered = mvc.post()
			.uri("/api/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Request-Id", "test-request-0001")
			.with(request -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			})
			.content(
					"""
							{"email": "%s", "password": "%s", "fullName": "Dr. Audit", "phone": "+919847012345", "role": "CLINIC"}
							"""
						.formatted(email, Accounts.PASSWORD))
			.exchange();

		assertThat(registered).hasStatus(HttpStatus.CREATED);
		User user = users
			.findById(UUID.fromString(JsonPath.read(registered.getResponse().getContentAsString(), "$.id")))
			.orElseThrow();
		AuditEntry entry = only(new AuditQuery("User", user.getId().toString(), null, "USER_CREATED", null, null));
		assertThat(entry.actorId()).isEqualTo(user.getId());
		assertThat(entry.actorRole()).isEqualTo("CLINIC");
		assertThat(entry.clientIp()).isEqualTo("203.0.113.9");
		assertThat(entry.requestId()).isEqualTo("test-request-0001");
		assertThat(entry.changes()).contains("\"email\":{\"before\":null,\"after\":\"" + email + "\"}", "\"role\"");
	}

	@Test
	void loginsFailuresAndLockOutsAreAudited() {
		User user = Accounts.create(users, Role.MANUFACTURER);
		login(user.getEmail(), Accounts.PASSWORD);
		for (int attempt = 1; attempt <= 5; attempt++) {
			login(user.getEmail(), "guess " + attempt);
		}

		assertThat(only(new AuditQuery("User", user.getId().toString(), user.getId(), "LOGIN_SUCCEEDED", null, null))
			.actorRole()).isEqualTo("MANUFACTURER");
		Page<AuditEntry> failures = auditLog
			.find(new AuditQuery("Login", user.getEmail(), null, "LOGIN_FAILED", null, null), PageRequest.of(0, 10));
		assertThat(failures.getTotalElements()).isEqualTo(5);
		assertThat(failures.getContent())
			.allSatisfy(failure -> assertThat(failure.changes()).contains("BAD_CREDENTIALS"));
		assertThat(only(new AuditQuery("Login", user.getEmail(), null, "ACCOUNT_LOCKED", null, null)).actorRole())
			.isEqualTo("SYSTEM");
	}

	@Test
	void entriesCanNeitherBeChangedNorDeleted() {
		Accounts.create(users, Role.CLINIC);
		auditLog.sealPending();

		assertThatThrownBy(() -> jdbc.sql("update audit_entries set action = 'FORGED'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entries").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_seals").update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_entries cascade").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void aChangeOutsideATransactionCannotSkipTheAuditLog() {
		assertThatThrownBy(() -> events.publishEvent(AuditedChange.of("SNEAKY", "Clinic", "x")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void everyEntryIsSealedIntoAnIntactChain() {
		Accounts.create(users, Role.SUPPORT);

		ChainVerification verification = auditLog.verifyChain();

		assertThat(verification.isIntact()).isTrue();
		assertThat(verification.sealedEntries())
			.isEqualTo(jdbc.sql("select count(*) from audit_entries").query(Long.class).single());
	}

	@Test
	void theAdminPageFiltersExportsAndVerifies() {
		User admin = Accounts.create(users, Role.ADMIN);
		User subject = Accounts.create(users, Role.CLINIC);

		MvcTestResult page = mvc.get().uri("/admin/audit").with(user(Accounts.principal(admin))).exchange();
		MvcTestResult filtered = mvc.get()
			.uri("/admin/audit")
			.header("HX-Request", "true")
			.param("entityType", "User")
			.param("entityId", subject.getId().toString())
			.with(user(Accounts.principal(admin)))
			.exchange();
		MvcTestResult csv = mvc.get()
			.uri("/admin/audit/export.csv")
			.param("entityId", subject.getId().toString())
			.with(user(Accounts.principal(admin)))
			.exchange();
		MvcTestResult verified = mvc.post()
			.uri("/admin/audit/verify")
			.header("HX-Request", "true")
			.with(csrf())
			.with(user(Accounts.principal(admin)))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Audit log", "Verify chain", "USER_CREATED");
		assertThat(filtered).bodyText()
			.startsWith("<div id=\"audit-results\"")
			.contains("1</span> entry", "USER_CREATED", subject.getEmail())
			.doesNotContain("<html");
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", ".csv");
		assertThat(csv).bodyText()
			.startsWith("seq,at,actorId,actorRole,action,entityType,entityId,changes,clientIp,requestId,id")
			.contains("USER_CREATED", subject.getEmail());
		assertThat(verified).bodyText().contains("The chain is intact");
	}

	@Test
	void badFiltersAreNamedAndShowTheWholeLog() {
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult page = mvc.get()
			.uri("/admin/audit")
			.param("actorId", "not-a-uuid")
			.param("from", "2026-11-24")
			.param("to", "2026-11-01")
			.with(user(Accounts.principal(support)))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Enter a user id like", "The end date must not be before the start date.");
		long total = jdbc.sql("select count(*) from audit_entries").query(Long.class).single();
		assertThat(page).bodyText().contains(">" + total + "</span> entries");
		assertThat(mvc.get()
			.uri("/admin/audit/export.csv")
			.param("actorId", "not-a-uuid")
			.with(user(Accounts.principal(Accounts.create(users, Role.ADMIN))))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void anImpossibleDateIsNamedByItsFieldOnThePageAndInTheApi() {
		User support = Accounts.create(users, Role.SUPPORT);
		User admin = Accounts.create(users, Role.ADMIN);

		MvcTestResult page = mvc.get()
			.uri("/admin/audit")
			.param("from", "2026-99-99")
			.with(user(Accounts.principal(support)))
			.exchange();
		MvcTestResult fragment = mvc.get()
			.uri("/admin/audit")
			.header("HX-Request", "true")
			.param("to", "tomorrow")
			.param("actorId", support.getId().toString())
			.with(user(Accounts.principal(support)))
			.exchange();
		MvcTestResult api = mvc.get()
			.uri("/api/audit")
			.param("from", "2026-99-99")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(admin)).value())
			.exchange();
		MvcTestResult csv = mvc.get()
			.uri("/admin/audit/export.csv")
			.param("from", "2026-99-99")
			.with(user(Accounts.principal(admin)))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("data-testid=\"error-from\">Enter a date.<", "value=\"2026-99-99\"");
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText().startsWith("<div id=\"audit-results\"");
		assertThat(api).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(api.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(api).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
		assertThat(api).bodyJson().extractingPath("$.errors[0].message").isEqualTo("Enter a date like 2026-11-24.");
		assertThat(csv).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void supportReadsTheLogOnThePageAndInTheApiButOnlyAnAdminExportsAndSeals() {
		User support = Accounts.create(users, Role.SUPPORT);
		User admin = Accounts.create(users, Role.ADMIN);
		User clinic = Accounts.create(users, Role.CLINIC);

		MvcTestResult page = mvc.get().uri("/admin/audit").with(user(Accounts.principal(support))).exchange();
		MvcTestResult adminPage = mvc.get().uri("/admin/audit").with(user(Accounts.principal(admin))).exchange();
		MvcTestResult api = mvc.get()
			.uri("/api/audit")
			.param("entityId", support.getId().toString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(support)).value())
			.exchange();
		MvcTestResult clinicApi = mvc.get()
			.uri("/api/audit")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(clinic)).value())
			.exchange();
		MvcTestResult export = mvc.get()
			.uri("/admin/audit/export.csv")
			.with(user(Accounts.principal(support)))
			.exchange();
		MvcTestResult seal = mvc.post()
			.uri("/admin/audit/verify")
			.with(csrf())
			.with(user(Accounts.principal(support)))
			.exchange();
		MvcTestResult sealFromPage = mvc.post()
			.uri("/admin/audit/verify")
			.header("HX-Request", "true")
			.with(csrf())
			.with(user(Accounts.principal(support)))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Audit log").doesNotContain("verify-chain", "export-csv");
		assertThat(adminPage).bodyText().contains("verify-chain", "export-csv");
		assertThat(api).hasStatusOk();
		assertThat(api).bodyJson().extractingPath("$.content[0].action").isEqualTo("USER_CREATED");
		assertThat(clinicApi).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(export).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(seal).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(sealFromPage).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void theApiUsesThePageFormat() {
		User admin = Accounts.create(users, Role.ADMIN);
		User support = Accounts.create(users, Role.SUPPORT);

		MvcTestResult page = mvc.get()
			.uri("/api/audit")
			.param("entityId", support.getId().toString())
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(admin)).value())
			.exchange();
		MvcTestResult badDate = mvc.get()
			.uri("/api/audit")
			.param("from", "yesterday")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(Accounts.principal(admin)).value())
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);
		assertThat(page).bodyJson().extractingPath("$.content[0].action").isEqualTo("USER_CREATED");
		assertThat(page).bodyJson().extractingPath("$.content[0].changes.role.after").isEqualTo("SUPPORT");
		assertThat(page).bodyJson().extractingPath("$.content[0].actorRole").isEqualTo("SYSTEM");
		assertThat(badDate).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private AuditEntry only(AuditQuery query) {
		List<AuditEntry> entries = auditLog.find(query, PageRequest.of(0, 10)).getContent();
		assertThat(entries).hasSize(1);
		return entries.getFirst();
	}

	private void login(String email, String password) {
		mvc.post()
			.uri("/api/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}")
			.exchange();
	}

}
