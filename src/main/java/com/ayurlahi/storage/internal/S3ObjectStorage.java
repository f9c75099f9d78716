package com.ayurlahi.storage.internal;

import java.util.Base64;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.StorageException;
import com.ayurlahi.storage.StoredObject;

/**
 * Keeps objects in an S3 bucket (AWS, or an S3-compatible store such as MinIO at an
 * endpoint of its own), chosen when AWS_S3_BUCKET is set.
 * <p>
 * A put sends the content's SHA-256 ({@code x-amz-checksum-sha256}), so the store refuses
 * bytes damaged on the way rather than keeping them, and {@code If-None-Match: *}, so the
 * store itself refuses a key that is taken: the check and the write are one step on the
 * server, and two puts racing for one key never both succeed (S3 answers the later one
 * 412 Precondition Failed, or 409 Conflict while the first is still under way).
 * <p>
 * Each call is bounded ({@code api-call-timeout} in all, {@code api-call-attempt-timeout}
 * per attempt, a few attempts), so an outage fails a call within seconds instead of
 * hanging the batch job that made it. Every failure becomes a {@link StorageException}
 * naming the bucket, the key and, where the store answered, its status and error code.
 * One consequence of retrying: when an attempt times out after the store has kept the
 * object, the next attempt is refused as a taken key, so a caller that sees "already
 * exists" may be looking at its own put.
 */
final class S3ObjectStorage implements ObjectStorage, AutoCloseable {

	private static final int PRECONDITION_FAILED = 412;

	private static final int CONFLICT = 409;

	private final S3Client client;

	private final String bucket;

	S3ObjectStorage(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	/**
	 * An adapter with a client of its own, built from the settings; closing the adapter
	 * closes the client.
	 */
	static S3ObjectStorage connect(StorageSettings.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.overrideConfiguration(calls -> calls.apiCallTimeout(settings.apiCallTimeout())
				.apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
				.retryStrategy(retries -> retries.maxAttempts(settings.maxAttempts())));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return new S3ObjectStorage(builder.build(), settings.bucket());
	}

	private static AwsCredentialsProvider credentials(StorageSettings.S3 settings) {
		if (!settings.hasAccessKey()) {
			return DefaultCredentialsProvider.builder().build();
		}
		if (settings.secretAccessKey().isBlank()) {
			throw new IllegalStateException("AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY");
		}
		return StaticCredentialsProvider
			.create(AwsBasicCredentials.create(settings.accessKeyId(), settings.secretAccessKey()));
	}

	@Override
	public StoredObject put(String key, byte[] content, String contentType) {
		ObjectKeys.requireValid(key);
		byte[] sha256 = Sha256.of(content);
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(bucket)
			.key(key)
			.contentType(contentType)
			.contentLength((long) content.length)
			.checksumSHA256(Base64.getEncoder().encodeToString(sha256))
			.ifNoneMatch("*")
			.build();
		try {
			client.putObject(request, RequestBody.fromBytes(content));
		}
		catch (S3Exception e) {
			if (e.statusCode() == PRECONDITION_FAILED) {
				throw new StorageException("Object " + key + " already exists in S3 bucket " + bucket
						+ "; stored objects are never replaced (" + answer(e) + ")", e);
			}
			if (e.statusCode() == CONFLICT) {
				throw new StorageException(
						"Another put of " + key + " to S3 bucket " + bucket
								+ " was under way at the same time; at most one of them is kept (" + answer(e) + ")",
						e);
			}
			throw new StorageException("S3 bucket " + bucket + " refused to store " + key + ": " + answer(e), e);
		}
		catch (SdkException e) {
			throw new StorageException("Could not store " + key + " in S3 bucket " + bucket + ": " + e.getMessage(), e);
		}
		return new StoredObject(key, content.length, Sha256.hex(sha256));
	}

	@Override
	public byte[] get(String key) {
		ObjectKeys.requireValid(key);
		try {
			return client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
		}
		catch (NoSuchKeyException e) {
			throw new StorageException("There is no object " + key + " in S3 bucket " + bucket + " (" + answer(e) + ")",
					e);
		}
		catch (S3Exception e) {
			throw new StorageException("S3 bucket " + bucket + " refused to return " + key + ": " + answer(e), e);
		}
		catch (SdkException e) {
			throw new StorageException("Could not read " + key + " from S3 bucket " + bucket + ": " + e.getMessage(),
					e);
		}
	}

	@Override
	public void close() {
		client.close();
	}

	private static String answer(S3Exception e) {
		@Nullable String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
		return "status " + e.statusCode() + (code == null ? "" : " " + code);
	}

}
