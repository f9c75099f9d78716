package com.ayurlahi.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the audit chain from its first seal to its last.
 *
 * @param sealedEntries entries checked
 * @param brokenAt the chain position of the first seal that does not match, if any
 * @param brokenEntryId the entry at that position, if it still exists
 * @param problem what does not match, in words
 */
public record ChainVerification(long sealedEntries, @Nullable Long brokenAt, @Nullable UUID brokenEntryId,
		@Nullable String problem) {

	public static ChainVerification intact(long sealedEntries) {
		return new ChainVerification(sealedEntries, null, null, null);
	}

	public static ChainVerification broken(long position, @Nullable UUID entryId, String problem) {
		return new ChainVerification(position - 1, position, entryId, problem);
	}

	public boolean isIntact() {
		return brokenAt == null;
	}
}
