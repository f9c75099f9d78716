package com.ayurlahi.common.sandbox;

import java.net.URI;

/**
 * A webhook as a sandbox sent it: its event id and type, the raw body and its signature
 * (made once, when it was sent), and where it is posted.
 */
public record SignedWebhook(String eventId, String type, String body, String signature, URI target) {
}
