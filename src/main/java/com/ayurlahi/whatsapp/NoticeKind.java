package com.ayurlahi.whatsapp;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.Portal;

/**
 * The kinds of WhatsApp notifications, each for the users of one portal (or any). A user
 * can turn each kind off in its portal, except the verification code, which is only ever
 * sent when asked for. Outside the 24-hour window a kind goes as its configured template
 * ({@code ayurlahi.whatsapp.templates.<KIND>}).
 */
public enum NoticeKind {

	VERIFICATION_CODE(null, "Verification codes"),

	ORDER_PLACED(Portal.CLINIC, "Order placed, with its payment link"),

	PAYMENT_RECEIVED(Portal.CLINIC, "Payment received"),

	PAYMENT_FAILED(Portal.CLINIC, "Payment failed, with a link to pay again"),

	ORDER_SHIPPED(Portal.CLINIC, "Order shipped, with carrier and tracking number"),

	ORDER_DELIVERED(Portal.CLINIC, "Order delivered"),

	ORDER_CANCELLED(Portal.CLINIC, "Order or item cancelled"),

	REFUND_PROCESSED(Portal.CLINIC, "Refund processed"),

	INVOICE_ISSUED(Portal.CLINIC, "Invoice issued, with its link"),

	DISPUTE_UPDATE(Portal.CLINIC, "Updates on my disputes"),

	PROFILE_DECISION(null, "My profile approved, rejected or suspended"),

	NEW_ORDER(Portal.MANUFACTURER, "A new paid order to fulfil"),

	DISPUTE_FOR_MANUFACTURER(Portal.MANUFACTURER, "Disputes opened, escalated and decided");

	private final @Nullable Portal portal;

	private final String label;

	NoticeKind(@Nullable Portal portal, String label) {
		this.portal = portal;
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether a user may turn this kind off. */
	public boolean mayBeMuted() {
		return this != VERIFICATION_CODE;
	}

	/** The kinds the users of {@code portal} can choose to receive. */
	public static List<NoticeKind> choicesFor(Portal portal) {
		return Arrays.stream(values())
			.filter(NoticeKind::mayBeMuted)
			.filter(kind -> kind.portal == null || kind.portal == portal)
			.toList();
	}

}
