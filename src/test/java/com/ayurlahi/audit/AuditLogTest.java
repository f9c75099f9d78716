package com.ayurlahi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLogTest {

	@Test
	void cellsThatWouldRunAsFormulasAreDefused() {
		assertThat(AuditLog.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
		assertThat(AuditLog.cell("+91 98470 12345")).isEqualTo("'+91 98470 12345");
		assertThat(AuditLog.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(AuditLog.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(AuditLog.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(AuditLog.cell("Sree Dhanwantari")).isEqualTo("Sree Dhanwantari");
		assertThat(AuditLog.cell("{\"status\":1}")).isEqualTo("{\"status\":1}");
		assertThat(AuditLog.cell("")).isEmpty();
	}

}
