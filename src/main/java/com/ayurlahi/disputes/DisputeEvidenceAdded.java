package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.UUID;

import com.ayurlahi.common.audit.Actor;

/** A party gave a photo or PDF as evidence on a dispute. */
public record DisputeEvidenceAdded(UUID disputeId, String disputeNumber, UUID evidenceId, String fileName,
		String contentType, long size, String sha256, Actor uploader, Instant at) {
}
