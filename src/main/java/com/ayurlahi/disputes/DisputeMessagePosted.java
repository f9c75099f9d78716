package com.ayurlahi.disputes;

import java.time.Instant;
import java.util.UUID;

import com.ayurlahi.common.audit.Actor;

/**
 * Someone wrote on a dispute's thread, or the team added an internal note
 * ({@code internal}: never told to the clinic or the manufacturer).
 */
public record DisputeMessagePosted(UUID disputeId, String disputeNumber, UUID messageId, UUID clinicUserId,
		UUID manufacturerUserId, Actor author, boolean internal, Instant at) {
}
