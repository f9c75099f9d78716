package com.ayurlahi.dashboards.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import com.ayurlahi.common.tax.Money;

/**
 * Counts for templates, grouped the Indian way: {@code ${@counts.of(1234567)}} shows
 * 12,34,567.
 */
@Component("counts")
class CountFormat {

	public String of(long count) {
		return Money.format(BigDecimal.valueOf(count)).replace("₹", "").replace(".00", "");
	}

}
