package com.ayurlahi.manufacturers;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.profiles.ApprovalStatus;

/**
 * The team approved, rejected, suspended or reinstated a manufacturer, or its owner
 * resubmitted it.
 *
 * @param reason why, for rejections, suspensions and reinstatements
 * @param at when the change happened; with the manufacturer it identifies the change
 */
public record ManufacturerStatusChanged(UUID manufacturerId, UUID ownerUserId, String companyName, ApprovalStatus from,
		ApprovalStatus to, @Nullable String reason, Instant at) {
}
