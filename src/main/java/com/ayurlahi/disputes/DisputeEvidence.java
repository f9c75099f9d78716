package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A photo or PDF given as evidence, kept in the object storage under {@code storageKey}.
 */
@Embeddable
record DisputeEvidence(UUID id, @Column(name = "storage_key") String storageKey,
		@Column(name = "file_name") String fileName, @Column(name = "content_type") String contentType, long size,
		String sha256, @Column(name = "uploaded_by") UUID uploadedBy,
		@Column(name = "uploader_role") String uploaderRole, @Column(name = "uploaded_at") Instant uploadedAt) {
}
