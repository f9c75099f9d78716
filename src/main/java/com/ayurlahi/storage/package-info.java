/**
 * Keeps documents the platform issues (invoice and credit note PDFs) as immutable
 * objects: in S3 (or an S3-compatible store) in production, in a folder on disk in
 * development. Other modules use {@link ObjectStorage} and never know which one is behind
 * it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*" })
package com.ayurlahi.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
