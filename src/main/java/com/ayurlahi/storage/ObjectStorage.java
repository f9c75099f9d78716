package com.ayurlahi.storage;

/**
 * Where documents are kept, under keys such as
 * {@code invoices/2627/KVA-2627-000042-<id>.pdf}. A stored object is never changed:
 * storing under a key that is already taken fails, so a document once handed out stays
 * what it was. Both adapters (S3 and the filesystem) behave the same; which one runs is
 * configuration ({@code ayurlahi.storage.*}).
 * <p>
 * Keys are segments separated by {@code /}, each of letters, digits, {@code .}, {@code _}
 * and {@code -} and not starting with a dot, at most 1,024 characters in all; any other
 * key (absolute, with {@code ..}, backslashes or empty segments) is refused with an
 * {@link IllegalArgumentException} before the store is asked.
 */
public interface ObjectStorage {

	/**
	 * Stores {@code content} under {@code key}, which must not be taken yet.
	 * @return what was stored, with its SHA-256
	 * @throws StorageException when the store can't be reached or refuses, or the key is
	 * taken; nothing is stored then
	 * @throws IllegalArgumentException when the key is not one a store may hold
	 */
	StoredObject put(String key, byte[] content, String contentType);

	/**
	 * The object's bytes.
	 * @throws StorageException when the store can't be reached or there is no such object
	 * @throws IllegalArgumentException when the key is not one a store may hold
	 */
	byte[] get(String key);

}
