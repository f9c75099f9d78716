package com.ayurlahi.storage.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the storage module, {@code ayurlahi.storage.*}: documents go to S3 when a
 * bucket is set, otherwise into a folder on this machine.
 *
 * @param root the folder documents are kept in when no bucket is set (dev:
 * {@code ${DATA_DIR}/documents})
 * @param s3 the S3 bucket and how to reach it
 */
@ConfigurationProperties("ayurlahi.storage")
@Validated
record StorageSettings(@NotNull Path root, @Valid @NotNull S3 s3) {

	/**
	 * @param bucket AWS_S3_BUCKET; empty: documents are kept on disk under {@code root}
	 * @param region AWS_REGION
	 * @param accessKeyId AWS_ACCESS_KEY_ID; empty: the SDK's default credentials chain
	 * (environment, profile files, container or instance role)
	 * @param secretAccessKey AWS_SECRET_ACCESS_KEY, used with the access key id
	 * @param endpoint AWS_S3_ENDPOINT, an S3-compatible store (MinIO, s3proxy in tests);
	 * empty: AWS itself
	 * @param pathStyle AWS_S3_PATH_STYLE: bucket in the path ({@code host/bucket/key})
	 * rather than in the host name, which most S3-compatible stores need
	 * @param apiCallTimeout how long one call may take in all, retries included
	 * @param apiCallAttemptTimeout how long one attempt of a call may take
	 * @param maxAttempts attempts per call, the first included
	 */
	record S3(String bucket, @NotBlank String region, String accessKeyId, String secretAccessKey,
			@Nullable URI endpoint, boolean pathStyle, @NotNull Duration apiCallTimeout,
			@NotNull Duration apiCallAttemptTimeout, @Min(1) int maxAttempts) {

		/** Whether a bucket is set, so that documents are kept in S3. */
		boolean configured() {
			return !bucket.isBlank();
		}

		/** Whether an access key is set; otherwise the SDK finds credentials itself. */
		boolean hasAccessKey() {
			return !accessKeyId.isBlank();
		}

		/** Everything but the secret. */
		@Override
		public String toString() {
			return "S3[bucket=" + bucket + ", region=" + region + ", accessKeyId=" + accessKeyId + ", endpoint="
					+ endpoint + ", pathStyle=" + pathStyle + ", apiCallTimeout=" + apiCallTimeout
					+ ", apiCallAttemptTimeout=" + apiCallAttemptTimeout + ", maxAttempts=" + maxAttempts + "]";
		}
	}
}
