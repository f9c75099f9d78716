package com.ayurlahi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.ayurlahi.test.Accounts;
import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.TestDatabase;
import com.ayurlahi.users.Role;
import com.ayurlahi.users.UserManagement;

/**
 * Someone with database rights switches the append-only trigger off and rewrites an
 * entry: the chain check names the first entry that no longer matches its seal. Runs on a
 * database of its own, since it breaks the chain on purpose.
 */
@IntegrationTest
@TestPropertySource(properties = TestDatabase.PURPOSE_PROPERTY + "=audit-tampering")
class AuditChainTamperingIT {

	@Autowired
	AuditLog auditLog;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChainCheckNamesTheFirstRewrittenEntry() {
		for (int i = 0; i < 3; i++) {
			Accounts.create(users, Role.CLINIC);
		}
		assertThat(auditLog.verifyChain().isIntact()).isTrue();
		long position = 3;
		UUID rewritten = jdbc.sql("select entry_id from audit_seals where position = :position")
			.param("position", position)
			.query(UUID.class)
			.single();

		jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
		jdbc.sql("update audit_entries set changes = '{}' where id = :id").param("id", rewritten).update();
		jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();

		ChainVerification verification = auditLog.verifyChain();
		assertThat(verification.isIntact()).isFalse();
		assertThat(verification.brokenAt()).isEqualTo(position);
		assertThat(verification.brokenEntryId()).isEqualTo(rewritten);
		assertThat(verification.problem()).contains(rewritten.toString(), "does not match seal 3");
	}

}
