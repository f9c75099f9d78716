package com.ayurlahi.whatsapp;

/**
 * The provider could not take a message now: it could not be reached, failed (5xx) or
 * limited our rate (429, or its own rate-limit code). The message is to be tried again
 * later; nothing about it was refused.
 */
public class ChannelUnavailableException extends RuntimeException {

	public ChannelUnavailableException(String message) {
		super(message);
	}

	public ChannelUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
