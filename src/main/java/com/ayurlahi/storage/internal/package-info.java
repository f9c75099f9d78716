/**
 * The storage module's adapters: {@code S3ObjectStorage} (S3 or an S3-compatible store,
 * when AWS_S3_BUCKET is set) and {@code FilesystemObjectStorage} (a folder on this
 * machine, for development and tests), the key rules both follow, and the configuration
 * that picks one of them from {@code ayurlahi.storage.*}.
 */
@NullMarked
package com.ayurlahi.storage.internal;

import org.jspecify.annotations.NullMarked;
