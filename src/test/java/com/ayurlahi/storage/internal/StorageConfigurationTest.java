package com.ayurlahi.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import com.ayurlahi.storage.ObjectStorage;

/**
 * Which adapter the settings choose, with application.yml's defaults; what an environment
 * variable could change is set explicitly.
 */
class StorageConfigurationTest {

	@TempDir
	Path folder;

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(StorageConfiguration.class)
		.withPropertyValues("ayurlahi.storage.s3.bucket=", "ayurlahi.storage.s3.access-key-id=",
				"ayurlahi.storage.s3.secret-access-key=", "ayurlahi.storage.s3.endpoint=",
				"ayurlahi.storage.s3.path-style=false");

	@Test
	void withoutABucketDocumentsAreKeptInTheFolder() {
		context.withPropertyValues("ayurlahi.storage.root=" + folder.resolve("documents")).run(app -> {
			assertThat(app).getBean(ObjectStorage.class)
				.isInstanceOfSatisfying(FilesystemObjectStorage.class,
						storage -> assertThat(storage.root()).isEqualTo(folder.resolve("documents").toAbsolutePath()));
			StorageSettings.S3 s3 = app.getBean(StorageSettings.class).s3();
			assertThat(s3.configured()).isFalse();
			assertThat(s3.endpoint()).isNull();
			assertThat(s3.apiCallTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(s3.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(s3.maxAttempts()).isEqualTo(3);
		});
	}

	@Test
	void withABucketDocumentsAreKeptInS3() {
		context
			.withPropertyValues("ayurlahi.storage.s3.bucket=ayurlahi-documents",
					"ayurlahi.storage.s3.endpoint=http://127.0.0.1:9000", "ayurlahi.storage.s3.path-style=true",
					"ayurlahi.storage.s3.access-key-id=AKIA-TEST", "ayurlahi.storage.s3.secret-access-key=a secret")
			.run(app -> {
				assertThat(app).getBean(ObjectStorage.class).isInstanceOf(S3ObjectStorage.class);
				StorageSettings.S3 s3 = app.getBean(StorageSettings.class).s3();
				assertThat(s3.pathStyle()).isTrue();
				assertThat(s3.toString()).contains("ayurlahi-documents", "AKIA-TEST").doesNotContain("a secret");
			});
	}

	@Test
	void anAccessKeyWithoutItsSecretStopsTheStart() {
		context
			.withPropertyValues("ayurlahi.storage.s3.bucket=ayurlahi-documents",
					"ayurlahi.storage.s3.access-key-id=AKIA-TEST")
			.run(app -> assertThat(app).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY"));
	}

	@Test
	void settingsOutOfRangeStopTheStart() {
		context.withPropertyValues("ayurlahi.storage.s3.max-attempts=0")
			.run(app -> assertThat(app).hasFailed().getFailure().hasStackTraceContaining("maxAttempts"));
	}

}
