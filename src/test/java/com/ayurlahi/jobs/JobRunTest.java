package com.ayurlahi.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class JobRunTest {

	@Test
	void aStackTraceInAnExitDescriptionIsToldAsTheMessageOfOurOwnExceptionInIt() {
		Exception failure = new IllegalStateException("Unable to process chunk", new RuntimeException(
				"Retry policy exhausted",
				new OurFailure("Could not store invoices/2627/x.pdf", new java.io.IOException("Connection refused"))));

		assertThat(JobRun.readable(trace(failure))).isEqualTo("Failed: Could not store invoices/2627/x.pdf");
	}

	@Test
	void withoutOneOfOursTheRootCauseIsToldAndPlainDescriptionsStayAsTheyAre() {
		Exception failure = new IllegalStateException("Unable to process chunk", new java.io.IOException("Disk full"));

		assertThat(JobRun.readable(trace(failure))).isEqualTo("Failed: Disk full");
		assertThat(JobRun.readable(trace(new IllegalStateException("Told to fail by the test."))))
			.isEqualTo("Failed: Told to fail by the test.");
		assertThat(JobRun.readable("2 cancelled, 1 confirmed.")).isEqualTo("2 cancelled, 1 confirmed.");
		assertThat(JobRun.readable("")).isEmpty();
	}

	/** An exception of our own code, as the storage module's StorageException is. */
	static class OurFailure extends RuntimeException {

		OurFailure(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private static String trace(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		return trace.toString();
	}

}
