package com.ayurlahi.payments.links;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.audit.AuditedChange;

/**
 * Turns what a payment link says happened into audit entries, in the transaction of the
 * change (the listener runs as the link is saved, so the entry commits or rolls back with
 * it).
 */
@Component
class PaymentLinkAuditor {

	private final ApplicationEventPublisher events;

	PaymentLinkAuditor(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(PaymentLinkChanged change) {
		AuditedChange audited = AuditedChange.of("PAYMENT_LINK_" + change.action(), PaymentLink.ENTITY, change.linkId())
			.value("orderId", change.orderId())
			.value("referenceId", change.referenceId());
		if (change.from() != change.to()) {
			audited.field("status", change.from(), change.to());
		}
		if (change.razorpayLinkId() != null) {
			audited.value("razorpayLinkId", change.razorpayLinkId());
		}
		if (change.note() != null) {
			audited.value("note", change.note());
		}
		events.publishEvent(audited.by(change.actor()));
	}

}
