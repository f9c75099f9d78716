package com.ayurlahi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.PortalClient;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.User;
import com.ayurlahi.users.UserManagement;

/**
 * Portal sessions live in the database: a session signed in through one instance is read,
 * with its security context, by a session store that shares nothing with it but the
 * database (as another instance or a restarted one would), and it ends when its row goes,
 * however much this instance remembers.
 */
@IntegrationTest
class PortalSessionStoreIT {

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void aSignedInSessionIsKeptInTheDatabaseWhereAnotherInstanceFindsIt() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		browser.signIn(clinic.getEmail(), Accounts.PASSWORD);
		String sessionId = sessionId(browser);

		assertThat(browser.get("/clinic").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("select session_id from spring_session where principal_name = :email")
			.param("email", clinic.getEmail())
			.query(String.class)
			.list()).containsExactly(sessionId);

		Session elsewhere = anotherInstancesStore().findById(sessionId);
		assertThat(elsewhere).isNotNull();
		SecurityContext context = elsewhere.getAttribute("SPRING_SECURITY_CONTEXT");
		assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(AuthenticatedUser.class,
				user -> assertThat(user.id()).isEqualTo(clinic.getId()));
		assertThat(context.getAuthentication().getCredentials()).isNull();
		assertThat(elsewhere.getAttributeNames()).anyMatch(name -> name.endsWith("CSRF_TOKEN"));
		assertThat(anotherInstancesStore().findByPrincipalName(clinic.getEmail())).containsOnlyKeys(sessionId);
	}

	@Test
	void aSessionStartedElsewhereIsHonouredHereAndOneDeletedElsewhereIsOverHere() {
		User maker = Accounts.create(users, Role.MANUFACTURER);
		PortalClient browser = new PortalClient(port);
		browser.signIn(maker.getEmail(), Accounts.PASSWORD);
		String sessionId = sessionId(browser);
		assertThat(browser.get("/manufacturer").statusCode()).isEqualTo(200);

		anotherInstancesStore().deleteById(sessionId);

		HttpResponse<String> afterwards = browser.get("/manufacturer");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
	}

	@Test
	void aFlashMessageWaitsInTheStoredSessionForTheNextPage() {
		PortalClient browser = new PortalClient(port);
		String email = Accounts.uniqueEmail("flash");

		HttpResponse<String> registered = browser.postForm("/register", "/register",
				Map.of("role", "CLINIC", "fullName", "Dr. Flash Kumar", "email", email, "phone",
						Accounts.uniqueMobile(), "password", Accounts.PASSWORD));
		assertThat(registered.statusCode()).isEqualTo(302);

		HttpResponse<String> home = browser.get("/clinic");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Dr. Flash Kumar").contains("alert-success");
	}

	@Test
	void aRequestsWriteOfItsSessionsLastAccessIsAnInPlaceUpdate() {
		User clinic = Accounts.create(users, Role.CLINIC);
		PortalClient browser = new PortalClient(port);
		browser.signIn(clinic.getEmail(), Accounts.PASSWORD);
		String sessionId = sessionId(browser);

		// Spring Session's own end-of-request write, five times, and PostgreSQL's
		// count of the table's updates around them: every one in place (HOT:
		// no index entry added, no dead version left for a vacuum). The count is the
		// connection's not yet reported to the server, which can include an earlier
		// transaction's (the sign-in's own write, on this pooled connection): only the
		// difference is this transaction's.
		long[] updates = new TransactionTemplate(new DataSourceTransactionManager(dataSource)).execute(status -> {
			status.setRollbackOnly();
			long[] before = tableUpdates();
			for (int request = 1; request <= 5; request++) {
				touch(anotherInstancesStore(), sessionId, request);
			}
			long[] after = tableUpdates();
			return new long[] { after[0] - before[0], after[1] - before[1] };
		});

		assertThat(updates).as("updates, of them in place").containsExactly(5L, 5L);
	}

	/** This connection's count of updates of the session table, and of those in place. */
	private long[] tableUpdates() {
		return jdbc.sql("""
				select n_tup_upd, n_tup_hot_upd from pg_stat_xact_user_tables where relname = 'spring_session'""")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	private static <S extends Session> void touch(SessionRepository<S> store, String sessionId, int seconds) {
		S session = store.findById(sessionId);
		session.setLastAccessedTime(session.getLastAccessedTime().plusSeconds(seconds));
		store.save(session);
	}

	/** Spring Session's cookie carries the session id in Base64. */
	private static String sessionId(PortalClient browser) {
		String cookie = browser.cookie("JSESSIONID").orElseThrow(() -> new AssertionError("No session cookie"));
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private JdbcIndexedSessionRepository anotherInstancesStore() {
		return new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

}
