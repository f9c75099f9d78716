package com.ayurlahi.clinics;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.profiles.ApprovalStatus;

/**
 * The team approved, rejected, suspended or reinstated a clinic, or its owner resubmitted
 * it.
 *
 * @param reason why, for rejections, suspensions and reinstatements
 * @param at when the change happened; with the clinic it identifies the change
 */
public record ClinicStatusChanged(UUID clinicId, UUID ownerUserId, String clinicName, ApprovalStatus from,
		ApprovalStatus to, @Nullable String reason, Instant at) {
}
