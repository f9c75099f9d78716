package com.ayurlahi.storage;

/**
 * An object as stored: its key, its size in bytes and the SHA-256 of its content, in
 * lowercase hex.
 */
public record StoredObject(String key, long size, String sha256) {
}
