package com.ayurlahi.clinics;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.profile.ApprovalStatus;

/**
 * The team approved, rejected, suspended or reinstated a clinic, or its owner resubmitted it.
 *
 * @param reason why, for rejections, suspensions and reinstatements
 */
public record ClinicStatusChanged(UUID clinicId, UUID ownerUserId, String clinicName, ApprovalStatus from,
        ApprovalStatus to, @Nullable String reason) {
}
