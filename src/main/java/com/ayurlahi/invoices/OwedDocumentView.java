package com.ayurlahi.invoices;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A document still owed, with what went wrong the last time it was tried.
 *
 * @param clinicId the clinic a subscription document is owed to
 */
public record OwedDocumentView(InvoiceKind kind, @Nullable UUID orderId, @Nullable YearMonth period,
		@Nullable UUID clinicId, int attempts, @Nullable String lastError, @Nullable Instant lastAttemptAt) {
}
