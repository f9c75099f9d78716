package com.ayurlahi.common.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The choices of a select as the form-field fragment takes them: each value as the form
 * sends it and its label, in order.
 */
public final class Choices {

	private Choices() {
	}

	/** The constants of an enum by name, labelled by {@code label}. */
	public static <E extends Enum<E>> Map<String, String> of(E[] constants, Function<E, String> label) {
		return of(constants, Enum::name, label);
	}

	public static <T> Map<String, String> of(T[] items, Function<T, String> value, Function<T, String> label) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (T item : items) {
			choices.put(value.apply(item), label.apply(item));
		}
		return Collections.unmodifiableMap(choices);
	}

}
