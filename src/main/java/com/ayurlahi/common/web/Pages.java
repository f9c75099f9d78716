package com.ayurlahi.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.ayurlahi.common.InvalidInputException;

/**
 * Paging as callers ask for it, checked before it reaches a query: sorting only by the
 * properties a list offers (named as the API names them), and no page so far out that its
 * offset overflows.
 */
public final class Pages {

	/**
	 * The highest page number anyone can need (at 100 a page, a hundred million rows).
	 */
	public static final int MAX_PAGE = 1_000_000;

	private Pages() {
	}

	/**
	 * {@code pageable} with its sort translated from API names to entity properties.
	 * @param sortable API property name → entity property path
	 * @throws InvalidInputException for another sort property or a page beyond
	 * {@link #MAX_PAGE}
	 */
	public static Pageable checked(Pageable pageable, Map<String, String> sortable) {
		if (pageable.getPageNumber() > MAX_PAGE) {
			throw new InvalidInputException("page", "Ask for page " + MAX_PAGE + " or lower.");
		}
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : pageable.getSort()) {
			String property = sortable.get(order.getProperty());
			if (property == null) {
				throw new InvalidInputException("sort",
						"Sort by one of: " + String.join(", ", new TreeSet<>(sortable.keySet())) + ".");
			}
			orders.add(order.withProperty(property));
		}
		return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
	}

	/**
	 * The page number a portal link gives as text, read leniently: missing or not a
	 * number is the first page, and it is never below 0 or above {@link #MAX_PAGE}. Every
	 * portal list takes its {@code page} parameter as text and reads it here.
	 */
	public static int number(@Nullable String page) {
		if (page == null || page.isBlank()) {
			return 0;
		}
		try {
			return Math.clamp(Integer.parseInt(page.strip()), 0, MAX_PAGE);
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

}
