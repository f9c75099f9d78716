package com.ayurlahi.manufacturers.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerTerms;

/**
 * The commercial terms form on a manufacturer's admin page: the commission as typed (so
 * that "12.5%" or "ten" gets a message of our own) and the Razorpay linked account. The
 * rules of both are the manufacturers module's.
 */
record TermsFormData(@Nullable String commissionRate, @Nullable String razorpayAccountId) {

	static TermsFormData of(Manufacturer manufacturer) {
		return new TermsFormData(manufacturer.getCommissionRate().toPlainString(), manufacturer.getRazorpayAccountId());
	}

	ManufacturerTerms toTerms() {
		try {
			return new ManufacturerTerms(new BigDecimal(String.valueOf(commissionRate).strip()), razorpayAccountId);
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidInputException("commissionRate", "Enter a percentage from 0 to 100, like 10 or 12.50.");
		}
	}

}
