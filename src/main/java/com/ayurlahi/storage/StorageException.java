package com.ayurlahi.storage;

/** The store could not keep or hand back an object: it is unreachable, refused, or the key is wrong. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
