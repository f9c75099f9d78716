package com.ayurlahi.payments.gateway;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import com.ayurlahi.payments.PaymentSettings;

/**
 * Says at start-up which gateway takes the payments, and warns when Razorpay's settings
 * are given only in part: without both RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET the
 * sandbox keeps the payments and signs its webhooks with its own secret, whatever else is
 * set (prod refuses to start that way, see {@code ProductionSettingsCheck}).
 */
@Component
class RazorpaySettingsReport implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(RazorpaySettingsReport.class);

	private final PaymentSettings settings;

	RazorpaySettingsReport(PaymentSettings settings) {
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		PaymentSettings.Razorpay razorpay = settings.razorpay();
		if (settings.usesRazorpay()) {
			log.info("Payments go through Razorpay as {}", razorpay.keyId());
			if (razorpay.webhookSecret().isBlank()) {
				log.warn("RAZORPAY_WEBHOOK_SECRET is not set: every Razorpay webhook will be refused");
			}
			return;
		}
		List<String> given = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		sort(razorpay.keyId(), "RAZORPAY_KEY_ID", given, missing);
		sort(razorpay.keySecret(), "RAZORPAY_KEY_SECRET", given, missing);
		sort(razorpay.webhookSecret(), "RAZORPAY_WEBHOOK_SECRET", given, missing);
		if (given.isEmpty()) {
			log.info("Payments go through the sandbox (development only): RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET "
					+ "are not set");
			return;
		}
		log.warn(
				"{} {} set but {} {} not: payments go through the sandbox, which signs its webhooks with its own "
						+ "secret, and Razorpay's settings are not used; set RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET and "
						+ "RAZORPAY_WEBHOOK_SECRET together to take payments through Razorpay",
				names(given), given.size() == 1 ? "is" : "are", names(missing), missing.size() == 1 ? "is" : "are");
	}

	private static void sort(String value, String variable, List<String> given, List<String> missing) {
		(value.isBlank() ? missing : given).add(variable);
	}

	private static String names(List<String> variables) {
		return variables.size() == 1 ? variables.getFirst()
				: String.join(", ", variables.subList(0, variables.size() - 1)) + " and " + variables.getLast();
	}

}
