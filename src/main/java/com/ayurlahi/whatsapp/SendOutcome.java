package com.ayurlahi.whatsapp;

import org.jspecify.annotations.Nullable;

/**
 * What the provider said to a message handed to it: accepted (with its message id, which
 * its delivery statuses will name; accepted is not delivered), or refused for good (a
 * number not on WhatsApp, not opted in, outside the window…: sending it again changes
 * nothing). A provider that could not be reached, failed or asked to slow down throws
 * {@link ChannelUnavailableException} instead: that message is to be sent again later.
 */
public sealed interface SendOutcome {

	record Accepted(String providerMessageId) implements SendOutcome {
	}

	/**
	 * Refused for good, with the provider's code when it gave one and what it means.
	 */
	record Refused(@Nullable String code, String reason) implements SendOutcome {
	}

}
