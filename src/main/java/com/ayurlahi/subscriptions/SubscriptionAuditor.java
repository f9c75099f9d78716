package com.ayurlahi.subscriptions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.audit.AuditedChange;

/**
 * Turns what a subscription says happened into audit entries, in the transaction of the
 * change.
 */
@Component
class SubscriptionAuditor {

	private final ApplicationEventPublisher events;

	SubscriptionAuditor(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(SubscriptionChanged change) {
		AuditedChange audited = AuditedChange
			.of("SUBSCRIPTION_" + change.action(), Subscription.ENTITY, change.subscriptionId())
			.value("clinicId", change.clinicId())
			.value("planId", change.planId());
		if (change.from() != change.to()) {
			audited.field("status", change.from(), change.to());
		}
		if (change.note() != null) {
			audited.value("note", change.note());
		}
		events.publishEvent(audited.by(change.actor()));
	}

}
