package com.ayurlahi.orders.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import com.ayurlahi.common.web.Pages;

/**
 * The portals' order lists: 20 orders a page, and their filter shown back with what could
 * not be read of it.
 */
final class OrderLists {

	static final int PAGE_SIZE = 20;

	private OrderLists() {
	}

	static Pageable page(@Nullable String page) {
		return PageRequest.of(Pages.number(page), PAGE_SIZE);
	}

	/**
	 * Puts the filter on the page, read back by its form, with the values it could not
	 * read (a date that is not one), which filter nothing. When a value did not convert,
	 * Spring's binding result holds no filter (it recorded the error before it made the
	 * record, with that value left out), so the page gets one on the filter that was
	 * made, with the same errors.
	 */
	static void showFilter(Object filter, BindingResult errors, Model model) {
		if (errors.getTarget() == null) {
			BindingResult shown = new BeanPropertyBindingResult(filter, errors.getObjectName());
			errors.getAllErrors().forEach(shown::addError);
			model.addAttribute(errors.getObjectName(), filter);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), shown);
		}
	}

}
