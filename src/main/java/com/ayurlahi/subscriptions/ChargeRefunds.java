package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.subscriptions.internal.RefundRecording;
import com.ayurlahi.subscriptions.internal.SubscriptionRefund;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * An admin refunds a subscription charge, in full or in part: recorded and audited in the
 * request's transaction, handed to Razorpay after commit, and ended by Razorpay's
 * {@code refund.processed} (the charge's refunded amount and the platform's credit note,
 * through {@link SubscriptionChargeRefunded}) or {@code refund.failed}.
 */
@Service
@Transactional
public class ChargeRefunds {

	private final RefundRecording recording;

	private final Clock clock;

	ChargeRefunds(RefundRecording recording, Clock clock) {
		this.recording = recording;
		this.clock = clock;
	}

	/**
	 * Refunds {@code amount} (GST included) of the charge; never more than is left of it,
	 * refunds on their way included.
	 * @throws AccessDeniedException unless {@code admin} is an ADMIN
	 */
	public ChargeRefundView refundCharge(UUID chargeId, BigDecimal amount, String reason, AuthenticatedUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin refunds a subscription charge");
		}
		SubscriptionRefund refund = recording.request(chargeId, amount, reason,
				Actor.user(admin.id(), admin.role().name()), clock.instant());
		return new ChargeRefundView(refund.getId(), refund.getChargeId(), refund.getAmount(), refund.getReason(),
				refund.getStatus().name(), refund.getGatewayRefundId(), refund.getError(), refund.getRequestedAt());
	}

	/** A refund of a subscription charge as it stands. */
	public record ChargeRefundView(UUID id, UUID chargeId, BigDecimal amount, String reason, String status,
			@Nullable String gatewayRefundId, @Nullable String error, Instant requestedAt) {
	}

}
