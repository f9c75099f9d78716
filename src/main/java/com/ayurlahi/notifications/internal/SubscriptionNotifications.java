package com.ayurlahi.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

import com.ayurlahi.clinics.ClinicManagement;
import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.common.web.FlashMessage.Level;
import com.ayurlahi.notifications.NotificationCenter;
import com.ayurlahi.subscriptions.BillingDates;
import com.ayurlahi.subscriptions.PlanLimitReached;
import com.ayurlahi.subscriptions.Plans;
import com.ayurlahi.subscriptions.SubscriptionChanged;
import com.ayurlahi.subscriptions.SubscriptionSettings;
import com.ayurlahi.subscriptions.SubscriptionStatus;
import com.ayurlahi.subscriptions.Subscriptions;

/**
 * Warns a clinic's owner about its subscription's dunning: a failed charge (past due,
 * with the day its plan's features stop unless it pays), the restriction to the Free
 * plan's limits, and the features back once it has paid again. Each links to the Plan and
 * billing page.
 */
@Component
class SubscriptionNotifications {

	private final NotificationCenter notifications;

	private final ClinicManagement clinics;

	private final Subscriptions subscriptions;

	private final Plans plans;

	private final SubscriptionSettings settings;

	SubscriptionNotifications(NotificationCenter notifications, ClinicManagement clinics, Subscriptions subscriptions,
			Plans plans, SubscriptionSettings settings) {
		this.notifications = notifications;
		this.clinics = clinics;
		this.subscriptions = subscriptions;
		this.plans = plans;
		this.settings = settings;
	}

	@ApplicationModuleListener
	@Async(Lanes.NOTIFICATIONS)
	void on(SubscriptionChanged change) {
		boolean paidAgain = change.to() == SubscriptionStatus.ACTIVE
				&& (change.from() == SubscriptionStatus.PAST_DUE || change.from() == SubscriptionStatus.RESTRICTED);
		if (change.from() == change.to() || (change.to() != SubscriptionStatus.PAST_DUE
				&& change.to() != SubscriptionStatus.RESTRICTED && !paidAgain)) {
			return;
		}
		UUID owner = clinics.find(change.clinicId()).map(clinic -> clinic.getOwnerUserId()).orElse(null);
		if (owner == null) {
			return;
		}
		String plan = plans.findById(change.planId()).map(found -> found.getName()).orElse("paid");
		UUID id = UUID.nameUUIDFromBytes(
				(change.subscriptionId() + "/" + change.to() + "/" + change.at()).getBytes(StandardCharsets.UTF_8));
		if (paidAgain) {
			notifications.notify(id, owner, Level.SUCCESS,
					"Your " + plan + " subscription is paid up again: all its features are back.",
					PlanLimitReached.UPGRADE_PATH);
		}
		else if (change.to() == SubscriptionStatus.PAST_DUE) {
			String graceEnds = subscriptions.findById(change.subscriptionId())
				.map(subscription -> BillingDates.day(subscription.graceEndsAt(settings.grace())))
				.orElse(BillingDates.day(change.at().plus(settings.grace())));
			notifications.notify(id, owner, Level.WARNING, "Razorpay could not take the payment for your " + plan
					+ " plan. It tries again over the next days; unless it is paid by " + graceEnds
					+ ", your clinic gets the Free plan's limits until it pays. Orders you have placed are not affected.",
					PlanLimitReached.UPGRADE_PATH);
		}
		else {
			notifications.notify(id, owner, Level.DANGER, "Your " + plan
					+ " subscription is unpaid: your clinic has the Free plan's limits until it pays. Orders you have "
					+ "placed are not affected.", PlanLimitReached.UPGRADE_PATH);
		}
	}

}
