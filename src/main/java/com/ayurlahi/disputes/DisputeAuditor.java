package com.ayurlahi.disputes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.audit.AuditedChange;

/**
 * Turns what a dispute says happened into audit entries, in the transaction of the change
 * (these listeners run as the dispute is saved, so the audit entry commits or rolls back
 * with it).
 */
@Component
class DisputeAuditor {

	private final ApplicationEventPublisher events;

	DisputeAuditor(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(DisputeChanged change) {
		AuditedChange audited = AuditedChange.of("DISPUTE_" + change.action(), Dispute.ENTITY, change.disputeId())
			.field("status", change.from(), change.to())
			.value("disputeNumber", change.disputeNumber())
			.value("orderId", change.orderId());
		if (change.note() != null) {
			audited.value("note", change.note());
		}
		if (change.action() == DisputeAction.DECIDED || change.to() == DisputeStatus.RESOLVED) {
			audited.value("resolution", change.resolution());
			if (change.refundTotal() != null) {
				audited.value("refundTotal", change.refundTotal());
			}
		}
		events.publishEvent(audited.by(change.actor()));
	}

	@EventListener
	void on(DisputeMessagePosted posted) {
		events.publishEvent(AuditedChange
			.of(posted.internal() ? "DISPUTE_NOTE_ADDED" : "DISPUTE_MESSAGE_POSTED", Dispute.ENTITY, posted.disputeId())
			.value("messageId", posted.messageId())
			.by(posted.author()));
	}

	@EventListener
	void on(DisputeEvidenceAdded added) {
		events.publishEvent(AuditedChange.of("DISPUTE_EVIDENCE_ADDED", Dispute.ENTITY, added.disputeId())
			.value("evidenceId", added.evidenceId())
			.value("fileName", added.fileName())
			.value("contentType", added.contentType())
			.value("size", added.size())
			.value("sha256", added.sha256())
			.by(added.uploader()));
	}

}
