package com.ayurlahi.whatsapp.conversation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ayurlahi.orders.OrderPlacement;

/**
 * Reads the structured order command, {@code ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2}: the
 * word ORDER, then items separated by commas, semicolons or new lines, each a SKU and a
 * quantity joined by {@code x}, {@code ×}, {@code *}, {@code :} or a space, in any case
 * and spacing ({@code sap-tri-100x5}, {@code SAP-TRI-100 : 5 units}, or the quantity
 * first: {@code 5 x SAP-TRI-100}); items joined by {@code x}, {@code *} or {@code :} may
 * even come without commas ({@code SAP-TRI-100 x 5 VHF-BAL-450 x 2}). Each item is read
 * on its own: a readable one becomes an {@link OrderCommand.Wanted}, any other an
 * {@link OrderCommand.Unreadable} saying what is wrong with it, so one bad item never
 * hides the others. A SKU named twice is reported the second time. Pure: whether a SKU
 * exists is for the caller to find out.
 */
final class OrderCommandParser {

	/** The most items one command may hold; the rest are reported, not read. */
	static final int MAX_ITEMS = 20;

	private static final Pattern COMMAND = Pattern.compile("^\\s*order\\b[\\s:.-]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEPARATORS = Pattern.compile("[,;\\n\\r]+");

	private static final String JOIN = "\\s*[x×*:]\\s*";

	private static final String UNIT = "(?:\\s*(?:units?|nos?|pcs?|packs?|pieces?)\\.?)?";

	/**
	 * A SKU, a separator and a whole number; the SKU as short as it can be, so that
	 * {@code sap-tri-100x5} splits before the last {@code x}.
	 */
	private static final Pattern ITEM = Pattern
		.compile("^(?<sku>\\S+?)(?:" + JOIN + "|\\s+)(?<quantity>\\d+)" + UNIT + "$", Pattern.CASE_INSENSITIVE);

	/** The quantity first: {@code 5 x SAP-TRI-100}. */
	private static final Pattern QUANTITY_FIRST = Pattern
		.compile("^(?<quantity>\\d+)" + UNIT + "\\s*[x×*]\\s*(?<sku>\\S+)$", Pattern.CASE_INSENSITIVE);

	/** Several items written without commas between them. */
	private static final Pattern RUN = Pattern.compile("^(?:\\S+?" + JOIN + "\\d+(?:\\s+|$))+$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RUN_ITEM = Pattern.compile("(?<sku>\\S+?)" + JOIN + "(?<quantity>\\d+)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A SKU and whatever follows its separator, to say what is wrong with the rest.
	 */
	private static final Pattern SKU_AND_REST = Pattern.compile("^(?<sku>\\S+)(?:" + JOIN + "|\\s+)(?<rest>.*)$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");

	private static final String EXAMPLE = "write each product as SKU x quantity, for example SAP-TRI-100 x 5";

	private OrderCommandParser() {
	}

	/** Whether {@code text} is an order command: it starts with the word ORDER. */
	static boolean isOrderCommand(String text) {
		return COMMAND.matcher(text).find();
	}

	/** The items of the command, in the order written. */
	static OrderCommand parse(String text) {
		Matcher command = COMMAND.matcher(text);
		String body = command.find() ? text.substring(command.end()) : text;
		List<OrderCommand.Item> items = new ArrayList<>();
		for (String part : SEPARATORS.split(body)) {
			String chunk = part.strip();
			if (!chunk.isEmpty()) {
				items.addAll(items(chunk));
			}
		}
		List<OrderCommand.Item> read = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (OrderCommand.Item item : items) {
			if (read.size() >= MAX_ITEMS) {
				read.add(new OrderCommand.Unreadable(item.text(),
						"not read: an ORDER holds at most " + MAX_ITEMS + " products; send the rest in another one"));
				continue;
			}
			if (item instanceof OrderCommand.Wanted wanted && !seen.add(wanted.sku())) {
				read.add(new OrderCommand.Unreadable(item.text(),
						wanted.sku() + " is named twice: give its total quantity once"));
				continue;
			}
			read.add(item);
		}
		return new OrderCommand(read);
	}

	private static List<OrderCommand.Item> items(String chunk) {
		Matcher single = ITEM.matcher(chunk);
		if (single.matches() && SKU.matcher(single.group("sku")).matches()) {
			return List.of(wanted(chunk, single.group("sku"), single.group("quantity")));
		}
		Matcher quantityFirst = QUANTITY_FIRST.matcher(chunk);
		if (quantityFirst.matches() && SKU.matcher(quantityFirst.group("sku")).matches()
				&& quantityFirst.group("sku").chars().anyMatch(Character::isLetter)) {
			return List.of(wanted(chunk, quantityFirst.group("sku"), quantityFirst.group("quantity")));
		}
		if (RUN.matcher(chunk).matches()) {
			List<OrderCommand.Item> items = new ArrayList<>();
			Matcher each = RUN_ITEM.matcher(chunk);
			while (each.find()) {
				items.add(SKU.matcher(each.group("sku")).matches()
						? wanted(each.group(), each.group("sku"), each.group("quantity")) : unreadable(each.group()));
			}
			return items;
		}
		return List.of(unreadable(chunk));
	}

	private static OrderCommand.Item wanted(String text, String sku, String digits) {
		String significant = digits.replaceFirst("^0+(?=\\d)", "");
		if (significant.length() > 6 || Integer.parseInt(significant) > OrderPlacement.MAX_QUANTITY) {
			return new OrderCommand.Unreadable(text, "at most 1,00,000 units of a product can be ordered");
		}
		int quantity = Integer.parseInt(significant);
		if (quantity < 1) {
			return new OrderCommand.Unreadable(text, "the quantity must be at least 1");
		}
		return new OrderCommand.Wanted(text, sku.toUpperCase(Locale.ROOT), quantity);
	}

	/** Why {@code item} could not be read, as closely as can be said. */
	private static OrderCommand.Unreadable unreadable(String item) {
		if (SKU.matcher(item).matches()) {
			return new OrderCommand.Unreadable(item, "no quantity: " + EXAMPLE);
		}
		Matcher skuAndRest = SKU_AND_REST.matcher(item);
		if (!skuAndRest.matches()) {
			return new OrderCommand.Unreadable(item, "can't read it: " + EXAMPLE);
		}
		String sku = skuAndRest.group("sku");
		String rest = skuAndRest.group("rest").strip();
		if (!SKU.matcher(sku).matches()) {
			return new OrderCommand.Unreadable(item, "\"" + sku + "\" is not a SKU: " + EXAMPLE);
		}
		if (rest.isEmpty()) {
			return new OrderCommand.Unreadable(item, "no quantity: " + EXAMPLE);
		}
		if (rest.matches("-\\s*\\d+.*")) {
			return new OrderCommand.Unreadable(item, "the quantity must be at least 1");
		}
		if (rest.matches("\\d+\\s+\\S.*")) {
			return new OrderCommand.Unreadable(item,
					"can't tell where one product ends: put a comma between products, for example "
							+ "SAP-TRI-100 x 5, VHF-BAL-450 x 2");
		}
		return new OrderCommand.Unreadable(item, "\"" + rest + "\" is not a whole number of units");
	}

}
