package com.ayurlahi.storage;

import java.net.URI;
import java.util.Map;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server (s3proxy) in the test's own process, on 127.0.0.1, keeping
 * objects in memory, with one bucket and a fake key pair; clients must use path-style
 * addressing. It can be stopped and started again on the same port with its objects kept,
 * to play a storage outage:
 *
 * <pre>{@code
 * static final S3ProxyServer s3 = S3ProxyServer.started();
 *
 * &#64;DynamicPropertySource
 * static void storage(DynamicPropertyRegistry registry) {
 *     s3.properties().forEach((name, value) -> registry.add(name, () -> value));
 * }
 *
 * // in a test: s3.stop(); ... puts fail with StorageException ...; s3.start(); ... puts work again
 * }</pre>
 */
public final class S3ProxyServer implements AutoCloseable {

	public static final String BUCKET = "ayurlahi-documents";

	public static final String ACCESS_KEY = "test-access-key";

	public static final String SECRET_KEY = "test-secret-key";

	public static final String REGION = "ap-south-1";

	private static final String HOST = "127.0.0.1";

	private final BlobStore objects = new TransientNio2BlobStore();

	private int port;

	private @Nullable S3Proxy proxy;

	private S3ProxyServer() {
		objects.createContainer(BUCKET);
	}

	/** A running server on a free port, with the bucket {@value #BUCKET} created. */
	public static S3ProxyServer started() {
		S3ProxyServer server = new S3ProxyServer();
		server.start();
		return server;
	}

	/**
	 * Starts the server: on a free port the first time, on the same port after
	 * {@link #stop()}, with the objects stored before. Does nothing when it is running.
	 */
	public synchronized void start() {
		if (running()) {
			return;
		}
		S3Proxy starting = S3Proxy.builder()
			.blobStore(objects)
			.endpoint(URI.create("http://" + HOST + ":" + port))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			// An outage is abrupt: stop() drops open connections at once instead of
			// waiting for them.
			.stopTimeout(0)
			.build();
		try {
			starting.start();
		}
		catch (Exception e) {
			throw new IllegalStateException("s3proxy did not start on " + HOST + ":" + port, e);
		}
		proxy = starting;
		port = starting.getPort();
	}

	/**
	 * Stops the server: connections to its port are refused until {@link #start()}. Its
	 * objects are kept.
	 */
	public synchronized void stop() {
		if (!running()) {
			return;
		}
		try {
			proxy.stop();
		}
		catch (Exception e) {
			throw new IllegalStateException("s3proxy did not stop", e);
		}
		proxy = null;
	}

	/** Stops the server and starts it again on the same port. */
	public void restart() {
		stop();
		start();
	}

	public synchronized boolean running() {
		return proxy != null;
	}

	/** {@code http://127.0.0.1:<port>}, the same across restarts. */
	public synchronized URI endpoint() {
		return URI.create("http://" + HOST + ":" + port);
	}

	public String bucket() {
		return BUCKET;
	}

	public String accessKey() {
		return ACCESS_KEY;
	}

	public String secretKey() {
		return SECRET_KEY;
	}

	/**
	 * The settings that point the application's storage at this server
	 * ({@code ayurlahi.storage.s3.*}), e.g. for a {@code @DynamicPropertySource}.
	 */
	public Map<String, String> properties() {
		return Map.of("ayurlahi.storage.s3.bucket", BUCKET, "ayurlahi.storage.s3.region", REGION,
				"ayurlahi.storage.s3.access-key-id", ACCESS_KEY, "ayurlahi.storage.s3.secret-access-key", SECRET_KEY,
				"ayurlahi.storage.s3.endpoint", endpoint().toString(), "ayurlahi.storage.s3.path-style", "true");
	}

	/**
	 * A plain S3 client of this server, for a test to look at what was stored; the caller
	 * closes it.
	 */
	public S3Client newClient() {
		return S3Client.builder()
			.region(Region.of(REGION))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.endpointOverride(endpoint())
			.forcePathStyle(true)
			.build();
	}

	@Override
	public void close() {
		stop();
		objects.close();
	}

}
