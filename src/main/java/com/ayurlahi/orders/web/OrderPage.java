package com.ayurlahi.orders.web;

import java.util.UUID;

/**
 * An order's page in each portal: where it is, which template shows it, and whether it
 * follows the order's progress by itself (the clinic's does).
 */
enum OrderPage {

	CLINIC("/clinic/orders", "clinic/order", true), MANUFACTURER("/manufacturer/orders", "manufacturer/order", false),
	ADMIN("/admin/orders", "admin/order", false);

	private final String basePath;

	private final String view;

	private final boolean followsProgress;

	OrderPage(String basePath, String view, boolean followsProgress) {
		this.basePath = basePath;
		this.view = view;
		this.followsProgress = followsProgress;
	}

	String basePath() {
		return basePath;
	}

	String view() {
		return view;
	}

	boolean followsProgress() {
		return followsProgress;
	}

	String redirectTo(UUID orderId) {
		return "redirect:" + basePath + "/" + orderId;
	}

}
