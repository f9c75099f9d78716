package com.ayurlahi.storage;

/**
 * The store could not keep or hand back an object: it is unreachable or refused, the key
 * is taken (on a put) or holds no object (on a get).
 */
public class StorageException extends RuntimeException {

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

	public StorageException(String message) {
		super(message);
	}

}
