package com.ayurlahi.gstreturns.web;

import java.time.Clock;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.gstreturns.ReturnPeriod;

/**
 * The month a GST page shows: the one typed, or the last month (the one being filed) when
 * none is; a month that can't be read shows the last one with the message next to the
 * picker.
 */
final class PeriodChoice {

	private PeriodChoice() {
	}

	static ReturnPeriod choose(@Nullable String typed, Clock clock, Model model) {
		ReturnPeriod lastMonth = new ReturnPeriod(YearMonth.from(IndianTime.today(clock)).minusMonths(1));
		ReturnPeriod period = lastMonth;
		if (typed != null && !typed.isBlank()) {
			try {
				period = ReturnPeriod.parse(typed);
			}
			catch (InvalidInputException invalid) {
				model.addAttribute("periodError", invalid.getMessage());
			}
		}
		model.addAttribute("period", period);
		return period;
	}

}
