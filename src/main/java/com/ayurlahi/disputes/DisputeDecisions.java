package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.disputes.Dispute.Offer;
import com.ayurlahi.disputes.DisputeSettling.Refunded;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * What the team does with disputes: an admin decides an escalated one (a refund in full
 * or of amounts per line, a replacement, or a rejection with its reason); an admin or
 * support takes one over before the parties settled it; and the dispute-escalation job
 * sends the team every dispute whose manufacturer let its deadline pass. Money follows
 * the decision in its transaction; two decisions at once can't both apply (the dispute is
 * locked, the second finds it decided).
 */
@Service
@Transactional
public class DisputeDecisions {

	private final Disputes disputes;

	private final DisputeReads reads;

	private final DisputeSettling settling;

	private final Clock clock;

	DisputeDecisions(Disputes disputes, DisputeReads reads, DisputeSettling settling, Clock clock) {
		this.disputes = disputes;
		this.reads = reads;
		this.settling = settling;
		this.clock = clock;
	}

	/** An admin decides an escalated dispute. */
	public DisputeView decide(UUID disputeId, Decision decision, AuthenticatedUser admin) {
		if (admin.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin decides a dispute");
		}
		Dispute dispute = reads.lockedFor(disputeId, admin);
		Actor actor = DisputeOpening.actor(admin);
		String note = DisputeAnswers.note(decision.note(), false);
		dispute.requireDecidable();
		switch (decision.resolution()) {
			case REFUND_IN_FULL -> {
				Map<UUID, Offer> settled = settling.inFull(dispute, DisputeSettling.units(dispute, decision.lines()));
				Refunded refund = settling.refund(dispute, settled, "Decided by the Ayurlahi team", actor);
				dispute.resolve(DisputeAction.DECIDED, DisputeResolution.REFUND_IN_FULL, settled, refund.refundId(),
						refund.total(), note, actor, clock.instant());
			}
			case REFUND_AMOUNT -> {
				Map<UUID, Offer> settled = settling.checked(dispute, decision.lines());
				Refunded refund = settling.refund(dispute, settled, "Decided by the Ayurlahi team", actor);
				dispute.resolve(DisputeAction.DECIDED, DisputeResolution.REFUND_AMOUNT, settled, refund.refundId(),
						refund.total(), note, actor, clock.instant());
			}
			case REPLACEMENT -> {
				Map<UUID, Integer> units = DisputeSettling.units(dispute, decision.lines());
				Map<UUID, Offer> settled = new LinkedHashMap<>();
				units.forEach((itemId, quantity) -> settled.put(itemId, new Offer(quantity, BigDecimal.ZERO)));
				settling.replace(dispute, units);
				dispute.resolve(DisputeAction.DECIDED, DisputeResolution.REPLACEMENT, settled, null, null, note, actor,
						clock.instant());
			}
			case REJECTED -> dispute.reject(
					DisputeAnswers.required(note, "note", "Give the reason; the clinic and the manufacturer read it."),
					actor, clock.instant());
		}
		disputes.save(dispute);
		return reads.view(dispute, admin);
	}

	/** An admin or support takes the dispute over before the parties settled it. */
	public DisputeView escalate(UUID disputeId, @Nullable String note, AuthenticatedUser staff) {
		if (!staff.role().isStaff()) {
			throw new AccessDeniedException("Only the Ayurlahi team escalates a dispute");
		}
		Dispute dispute = reads.lockedFor(disputeId, staff);
		String why = DisputeAnswers.note(note, false);
		dispute.escalate(why == null ? "Taken over by the Ayurlahi team." : why, DisputeOpening.actor(staff),
				clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, staff);
	}

	/**
	 * For the dispute-escalation job: the dispute goes to the team if its manufacturer
	 * let the deadline pass.
	 * @return whether it did
	 */
	public boolean escalateIfOverdue(UUID disputeId) {
		return disputes.findForUpdate(disputeId).map(dispute -> {
			boolean overdue = dispute.escalateIfOverdue(clock.instant());
			if (overdue) {
				disputes.save(dispute);
			}
			return overdue;
		}).orElse(false);
	}

}
