package com.ayurlahi.storage.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.ayurlahi.storage.ObjectStorage;

/**
 * The one {@link ObjectStorage}: S3 when {@code ayurlahi.storage.s3.bucket}
 * (AWS_S3_BUCKET) is set, otherwise a folder on this machine. Says at start-up which one,
 * without secrets. The S3 adapter's client is closed with the application context.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	ObjectStorage objectStorage(StorageSettings settings) {
		StorageSettings.S3 s3 = settings.s3();
		if (s3.configured()) {
			S3ObjectStorage bucket = S3ObjectStorage.connect(s3);
			log.info("Documents are kept in S3 bucket {} at {} (region {}{}, {})", s3.bucket(),
					s3.endpoint() == null ? "AWS" : s3.endpoint(), s3.region(), s3.pathStyle() ? ", path-style" : "",
					s3.hasAccessKey() ? "credentials from AWS_ACCESS_KEY_ID" : "the SDK's default credentials chain");
			return bucket;
		}
		FilesystemObjectStorage folder = new FilesystemObjectStorage(settings.root());
		log.info("Documents are kept on this machine's disk in {} (no AWS_S3_BUCKET set)", folder.root());
		return folder;
	}

}
