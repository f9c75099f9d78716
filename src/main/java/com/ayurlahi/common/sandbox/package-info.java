/**
 * What the sandboxes standing in for outside services (Razorpay in dev and the tests)
 * share: the table-backed queue of the webhooks they send ({@link SandboxWebhookOutbox}),
 * so that a webhook queued by one instance survives its crash and is delivered once by
 * whichever instance is up.
 */
@NullMarked
@NamedInterface("sandbox")
package com.ayurlahi.common.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
