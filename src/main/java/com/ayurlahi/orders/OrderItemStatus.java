package com.ayurlahi.orders;

/**
 * An order line: still to be supplied, or cancelled (its stock given back, its amounts
 * out of the order's totals).
 */
public enum OrderItemStatus {

	ORDERED, CANCELLED

}
