package com.ayurlahi.common.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.tax.Money;

/**
 * Rupee amounts for templates, grouped the Indian way: {@code ${@rupees.of(order.total)}}
 * shows ₹1,23,456.70.
 */
@Component("rupees")
public class RupeeFormat {

	public String of(@Nullable BigDecimal amount) {
		return amount == null ? "" : Money.format(amount);
	}

}
