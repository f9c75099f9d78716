package com.ayurlahi.whatsapp.conversation;

import java.util.List;

/**
 * An {@code ORDER} command as read by {@link OrderCommandParser}: its items in the order
 * written, each readable or not.
 */
record OrderCommand(List<Item> items) {

	OrderCommand {
		items = List.copyOf(items);
	}

	List<Wanted> wanted() {
		return items.stream().filter(Wanted.class::isInstance).map(Wanted.class::cast).toList();
	}

	List<Unreadable> unreadable() {
		return items.stream().filter(Unreadable.class::isInstance).map(Unreadable.class::cast).toList();
	}

	/** One item of the command; {@code text} is what the clinic wrote for it. */
	sealed interface Item {

		String text();

	}

	/** A product wanted: its SKU (upper case) and how many units. */
	record Wanted(String text, String sku, int quantity) implements Item {
	}

	/** An item that could not be read, and why, in words for the clinic. */
	record Unreadable(String text, String problem) implements Item {
	}

}
