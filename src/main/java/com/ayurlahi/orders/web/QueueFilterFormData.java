package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;

/**
 * Which tab of the manufacturer's order queue is shown: the new orders unless the link
 * names another tab.
 */
record QueueFilterFormData(@Nullable OrderQueue queue) {

	OrderQueue tab() {
		return queue == null ? OrderQueue.NEW : queue;
	}
}
