package com.ayurlahi.disputes;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.payments.ClaimPayments;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Finds a dispute for a viewer (another party's dispute does not exist for them) and
 * shows it as that viewer may see it, with its refund as it stands.
 */
@Component
class DisputeReads {

	private final Disputes disputes;

	private final ClaimPayments claims;

	private final DisputeSettings settings;

	DisputeReads(Disputes disputes, ClaimPayments claims, DisputeSettings settings) {
		this.disputes = disputes;
		this.claims = claims;
		this.settings = settings;
	}

	/** The dispute, locked for a change by {@code viewer}. */
	Dispute lockedFor(UUID disputeId, AuthenticatedUser viewer) {
		return disputes.findForUpdate(disputeId)
			.filter(dispute -> dispute.isVisibleTo(viewer))
			.orElseThrow(DisputeReads::notFound);
	}

	Dispute visibleTo(UUID disputeId, AuthenticatedUser viewer) {
		return disputes.findById(disputeId)
			.filter(dispute -> dispute.isVisibleTo(viewer))
			.orElseThrow(DisputeReads::notFound);
	}

	DisputeView view(Dispute dispute, AuthenticatedUser viewer) {
		return DisputeView.of(dispute, viewer,
				dispute.getRefundId() == null ? null : claims.refundOf(dispute.getRefundId()).orElse(null), settings);
	}

	static NotFoundException notFound() {
		return new NotFoundException("There is no such dispute.");
	}

}
