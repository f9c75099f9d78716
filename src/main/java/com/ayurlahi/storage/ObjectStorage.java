package com.ayurlahi.storage;

/**
 * Where documents are kept, under keys such as {@code invoices/2627/KVA-2627-000042-<id>.pdf}. A stored object
 * is never changed: storing under a key that is already taken fails, so a document once handed out stays what it
 * was. Both adapters (S3 and the filesystem) behave the same; which one runs is configuration
 * ({@code ayurlahi.storage.*}).
 */
public interface ObjectStorage {

    /**
     * Stores {@code content} under {@code key}, which must not be taken yet.
     *
     * @return what was stored, with its SHA-256
     * @throws StorageException when the store can't be reached or refuses, or the key is taken; nothing is
     *         stored then
     */
    StoredObject put(String key, byte[] content, String contentType);

    /**
     * The object's bytes.
     *
     * @throws StorageException when the store can't be reached or there is no such object
     */
    byte[] get(String key);
}
