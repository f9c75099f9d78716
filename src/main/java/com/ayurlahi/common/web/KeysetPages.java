package com.ayurlahi.common.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reading rows oldest first a page at a time, each page after the last row of the one
 * before (by time, then id), so that an export of a year holds one page in memory and
 * every query uses an index on the time column.
 */
public final class KeysetPages {

	public static final int PAGE_SIZE = 500;

	private KeysetPages() {
	}

	/**
	 * Calls {@code each} for every row {@code page} returns, asking for pages after
	 * {@code start} until one comes back short.
	 */
	public static <T> void forEach(Instant start, Function<Cursor, List<T>> page, Function<T, Cursor> cursorOf,
			Consumer<T> each) {
		Cursor after = new Cursor(start.minusNanos(1000), new UUID(0, 0));
		while (true) {
			List<T> rows = page.apply(after);
			rows.forEach(each);
			if (rows.size() < PAGE_SIZE) {
				return;
			}
			after = cursorOf.apply(rows.get(rows.size() - 1));
		}
	}

	/** Where a page starts: after this time and id. */
	public record Cursor(Instant at, UUID id) {
	}

}
