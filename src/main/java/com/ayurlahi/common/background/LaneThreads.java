package com.ayurlahi.common.background;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many threads each background lane ({@link Lanes}) has on an instance
 * ({@code ayurlahi.background.threads.*}). Every thread of a lane that works in the
 * database holds one of the instance's connections while it works, so their sum stays
 * well below the connection pool ({@code DB_POOL_SIZE}), which the requests share.
 * Applying webhooks and issuing documents, which use the CPU most, have one thread by
 * default, so that during a burst the requests keep the cores (a batch of documents still
 * renders its PDFs on every core).
 *
 * @param inbox applying stored Razorpay webhooks and WhatsApp callbacks
 * @param documents issuing invoices and credit notes (CPU-bound; a document's
 * manufacturer's series is issued by one thread at a time anyway)
 * @param notifications in-app notifications and WhatsApp messages to the outbox
 * @param gateway calls to Razorpay (mostly waiting for its answer)
 */
@Validated
@ConfigurationProperties("ayurlahi.background.threads")
public record LaneThreads(@DefaultValue("1") @Min(1) @Max(16) int inbox,
		@DefaultValue("1") @Min(1) @Max(16) int documents, @DefaultValue("2") @Min(1) @Max(16) int notifications,
		@DefaultValue("2") @Min(1) @Max(16) int gateway) {
}
