package com.ayurlahi.storage.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.S3ProxyServer;
import com.ayurlahi.storage.StorageException;
import com.ayurlahi.storage.StoredObject;

/**
 * The S3 adapter against s3proxy over HTTP, S3's real protocol: what it stores, what the
 * store checks, and how it fails when the store is gone or hangs; and that
 * {@link S3ProxyServer#properties()} point the application's storage at the server (the
 * only test here with a Spring context, of this module alone).
 */
class S3ObjectStorageIT {

	/** SHA-256 of "abc", from FIPS 180-2's examples. */
	private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private static final String KEY = "invoices/2627/KVA-2627-000042-7f3c.pdf";

	private static final Duration FEW_SECONDS = Duration.ofSeconds(5);

	private S3ProxyServer server;

	private @Nullable S3ObjectStorage storage;

	@BeforeEach
	void startServer() {
		server = S3ProxyServer.started();
	}

	@AfterEach
	void stopServer() {
		if (storage != null) {
			storage.close();
		}
		server.close();
	}

	@Test
	void keepsTheBytesWithTheirContentTypeAndSha256() {
		storage = connect(server.endpoint(), server.secretKey(), Duration.ofSeconds(10), Duration.ofSeconds(5), 3);

		StoredObject stored = storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf");

		assertThat(stored).isEqualTo(new StoredObject(KEY, 3, SHA256_OF_ABC));
		assertThat(storage.get(KEY)).asString(UTF_8).isEqualTo("abc");
		try (S3Client s3 = server.newClient()) {
			HeadObjectResponse head = s3
				.headObject(request -> request.bucket(server.bucket()).key(KEY).checksumMode(ChecksumMode.ENABLED));
			assertThat(head.contentType()).isEqualTo("application/pdf");
			assertThat(head.contentLength()).isEqualTo(3);
			assertThat(head.checksumSHA256()).as("the checksum the store verified and kept")
				.isEqualTo(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SHA256_OF_ABC)));
		}
	}

	@Test
	void aTakenKeyIsRefusedByTheStoreAndKeepsWhatWasStoredFirst() {
		storage = connect(server.endpoint(), server.secretKey(), Duration.ofSeconds(10), Duration.ofSeconds(5), 3);
		storage.put(KEY, "first".getBytes(UTF_8), "application/pdf");

		assertThatThrownBy(() -> storage.put(KEY, "second".getBytes(UTF_8), "application/pdf"))
			.isInstanceOf(StorageException.class)
			.hasMessageContaining(KEY)
			.hasMessageContaining("already exists")
			.hasMessageContaining(server.bucket())
			.hasMessageContaining("status 412");
		assertThat(storage.get(KEY)).asString(UTF_8).isEqualTo("first");
	}

	@Test
	void aMissingKeyIsAStorageException() {
		storage = connect(server.endpoint(), server.secretKey(), Duration.ofSeconds(10), Duration.ofSeconds(5), 3);

		assertThatThrownBy(() -> storage.get("invoices/2627/none.pdf")).isInstanceOf(StorageException.class)
			.hasMessageContaining("There is no object invoices/2627/none.pdf in S3 bucket " + server.bucket())
			.hasMessageContaining("status 404");
	}

	@Test
	void aRefusalNamesTheBucketTheKeyAndTheStatus() {
		storage = connect(server.endpoint(), "not-the-secret", Duration.ofSeconds(10), Duration.ofSeconds(5), 3);

		assertThatThrownBy(() -> storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf"))
			.isInstanceOf(StorageException.class)
			.hasMessageContaining("S3 bucket " + server.bucket() + " refused to store " + KEY)
			.hasMessageContaining("status 403");
	}

	@Test
	void whileTheStoreIsDownPutsFailWithinSecondsAndWorkAgainOnceItIsBack() {
		storage = connect(server.endpoint(), server.secretKey(), Duration.ofSeconds(10), Duration.ofSeconds(5), 3);
		storage.put("invoices/before.pdf", "before".getBytes(UTF_8), "application/pdf");

		server.stop();
		assertTimeoutPreemptively(FEW_SECONDS,
				() -> assertThatThrownBy(() -> storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf"))
					.isInstanceOf(StorageException.class)
					.hasMessageContaining("Could not store " + KEY + " in S3 bucket " + server.bucket()));

		server.start();
		assertThat(storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf").sha256()).isEqualTo(SHA256_OF_ABC);
		assertThat(storage.get(KEY)).asString(UTF_8).isEqualTo("abc");
		assertThat(storage.get("invoices/before.pdf")).asString(UTF_8).isEqualTo("before");
	}

	@Test
	void aStoreThatNeverAnswersFailsTheCallWhenItsTimeIsUp() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			URI endpoint = URI.create("http://127.0.0.1:" + silent.getLocalPort());
			storage = connect(endpoint, server.secretKey(), Duration.ofSeconds(2), Duration.ofMillis(500), 2);

			assertTimeoutPreemptively(FEW_SECONDS,
					() -> assertThatThrownBy(() -> storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf"))
						.isInstanceOf(StorageException.class)
						.hasMessageContaining("Could not store " + KEY));
		}
	}

	@Test
	void theServersPropertiesPointTheApplicationsStorageAtIt() {
		new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
			.withUserConfiguration(StorageConfiguration.class)
			.withPropertyValues(server.properties()
				.entrySet()
				.stream()
				.map(property -> property.getKey() + "=" + property.getValue())
				.toArray(String[]::new))
			.run(app -> {
				ObjectStorage documents = app.getBean(ObjectStorage.class);
				assertThat(documents).isInstanceOf(S3ObjectStorage.class);

				documents.put(KEY, "abc".getBytes(UTF_8), "application/pdf");

				try (S3Client s3 = server.newClient()) {
					assertThat(s3.getObjectAsBytes(request -> request.bucket(server.bucket()).key(KEY)).asUtf8String())
						.isEqualTo("abc");
				}
			});
	}

	private S3ObjectStorage connect(URI endpoint, String secretKey, Duration callTimeout, Duration attemptTimeout,
			int maxAttempts) {
		return S3ObjectStorage.connect(new StorageSettings.S3(server.bucket(), S3ProxyServer.REGION, server.accessKey(),
				secretKey, endpoint, true, callTimeout, attemptTimeout, maxAttempts));
	}

}
