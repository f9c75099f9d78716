package com.ayurlahi.whatsapp.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads what a clinic said (a postback or typed text) as a {@link ClinicCommand}. Words
 * are matched in any case, with spacing and trailing punctuation ignored. Text that is no
 * command is taken as a catalog search; the conversation shows the menu when the search
 * finds nothing.
 */
final class ClinicCommands {

	static final String MENU = "MENU";

	static final String SEARCH = "SEARCH";

	static final String CART = "CART";

	static final String CHECKOUT = "CHECKOUT";

	static final String ORDERS = "ORDERS";

	static final String REORDER = "REORDER";

	static final String HELP = "HELP";

	static final String CONFIRM_CHECKOUT = "CONFIRM-CHECKOUT";

	static final String CANCEL_CHECKOUT = "CANCEL-CHECKOUT";

	static final String ADD = "ADD:";

	static final String QUANTITY = "QTY:";

	static final String CONFIRM_CANCEL = "CONFIRM-CANCEL:";

	static final String KEEP_ORDER = "KEEP-ORDER:";

	private static final Set<String> GREETINGS = Set.of("HI", "HII", "HIII", "HELLO", "HELO", "HEY", "NAMASTE",
			"NAMASKAR", "NAMASKARAM", "MENU", "MAIN MENU", "HOME", "BACK", "OK", "OKAY", "THANKS", "THANK YOU",
			"THANKYOU");

	private static final Set<String> HELPS = Set.of(HELP, "COMMANDS");

	private static final Set<String> CARTS = Set.of(CART, "MY CART", "VIEW CART", "SHOW CART");

	private static final Set<String> CHECKOUTS = Set.of(CHECKOUT, "CHECK OUT", "PLACE ORDER");

	private static final Set<String> ORDER_LISTS = Set.of(ORDERS, "MY ORDERS", "STATUS", "LAST ORDERS", "ORDER STATUS",
			"ORDER HISTORY");

	private static final Set<String> REORDERS = Set.of(REORDER, "REPEAT", "REPEAT ORDER", "REORDER LAST ORDER");

	private static final Set<String> YESES = Set.of("YES", "Y", "CONFIRM", "YES PLEASE");

	private static final Set<String> NOS = Set.of("NO", "N", "CANCEL", "NOT NOW", "STOP CHECKOUT");

	private static final Pattern WITH_ARGUMENT = Pattern.compile("^(STATUS|TRACK|CANCEL|REMOVE|SEARCH|FIND)\\s+(.+)$");

	private static final Pattern NUMBER = Pattern
		.compile("^(?:X\\s*)?(\\d{1,15})\\s*(?:UNITS?|NOS?|PCS?|PACKS?|PIECES?)?$");

	private static final Pattern ORDER_NUMBER = Pattern.compile("^AYR[-\\s]?(\\d{4})[-\\s]?(\\d{1,6})$");

	private static final Pattern QUANTITY_POSTBACK = Pattern.compile("^QTY:([0-9a-fA-F-]{36}):(\\d{1,9})$");

	private ClinicCommands() {
	}

	static ClinicCommand read(String said) {
		String text = said.strip();
		String upper = text.toUpperCase(Locale.ROOT);
		Optional<ClinicCommand> postback = postback(text, upper);
		if (postback.isPresent()) {
			return postback.get();
		}
		String words = upper.replaceAll("\\s+", " ").replaceAll("[.!?,;]+$", "").strip();
		if (ORDER_LISTS.contains(words)) {
			return new ClinicCommand.MyOrders();
		}
		if (OrderCommandParser.isOrderCommand(text)) {
			return new ClinicCommand.OrderItems(OrderCommandParser.parse(text));
		}
		if (text.matches("\\?+")) {
			return new ClinicCommand.Help();
		}
		if (words.isEmpty() || GREETINGS.contains(words)) {
			return new ClinicCommand.ShowMenu();
		}
		if (HELPS.contains(words)) {
			return new ClinicCommand.Help();
		}
		if (words.equals(SEARCH) || words.equals("FIND")) {
			return new ClinicCommand.SearchPrompt();
		}
		if (CARTS.contains(words)) {
			return new ClinicCommand.ShowCart();
		}
		if (CHECKOUTS.contains(words)) {
			return new ClinicCommand.Checkout();
		}
		if (REORDERS.contains(words)) {
			return new ClinicCommand.Reorder();
		}
		if (YESES.contains(words)) {
			return new ClinicCommand.Yes();
		}
		if (NOS.contains(words)) {
			return new ClinicCommand.No();
		}
		Matcher number = NUMBER.matcher(words);
		if (number.matches()) {
			return new ClinicCommand.Quantity(units(number.group(1)));
		}
		Matcher withArgument = WITH_ARGUMENT.matcher(words);
		if (withArgument.matches()) {
			String argument = text.split("\\s+", 2)[1].strip();
			String written = argument.replaceAll("[.!?,;]+$", "");
			return switch (withArgument.group(1)) {
				case "STATUS", "TRACK" -> new ClinicCommand.Status(written, orderNumber(written));
				case "CANCEL" -> new ClinicCommand.Cancel(written, orderNumber(written));
				case "REMOVE" -> new ClinicCommand.Remove(written.toUpperCase(Locale.ROOT));
				default -> new ClinicCommand.Search(argument);
			};
		}
		return new ClinicCommand.Search(text);
	}

	/** {@code written} as an order number, {@code AYR-2026-000123}, if it is one. */
	static @Nullable String orderNumber(String written) {
		Matcher number = ORDER_NUMBER.matcher(written.strip().toUpperCase(Locale.ROOT));
		if (!number.matches()) {
			return null;
		}
		return "AYR-" + number.group(1) + "-" + "0".repeat(6 - number.group(2).length()) + number.group(2);
	}

	private static Optional<ClinicCommand> postback(String text, String upper) {
		ClinicCommand command = switch (upper) {
			case MENU -> new ClinicCommand.ShowMenu();
			case SEARCH -> new ClinicCommand.SearchPrompt();
			case CART -> new ClinicCommand.ShowCart();
			case CHECKOUT -> new ClinicCommand.Checkout();
			case ORDERS -> new ClinicCommand.MyOrders();
			case REORDER -> new ClinicCommand.Reorder();
			case HELP -> new ClinicCommand.Help();
			case CONFIRM_CHECKOUT -> new ClinicCommand.ConfirmCheckout();
			case CANCEL_CHECKOUT -> new ClinicCommand.AbandonCheckout();
			default -> null;
		};
		if (command != null) {
			return Optional.of(command);
		}
		if (upper.startsWith(ADD) && upper.length() > ADD.length()) {
			return Optional.of(new ClinicCommand.Pick(text.substring(ADD.length()).strip()));
		}
		Matcher quantity = QUANTITY_POSTBACK.matcher(text);
		if (quantity.matches()) {
			return Optional
				.of(new ClinicCommand.QuantityChoice(UUID.fromString(quantity.group(1)), units(quantity.group(2))));
		}
		if (upper.startsWith(CONFIRM_CANCEL)) {
			String number = orderNumber(upper.substring(CONFIRM_CANCEL.length()));
			return Optional.ofNullable(number).map(ClinicCommand.ConfirmCancel::new);
		}
		if (upper.startsWith(KEEP_ORDER)) {
			String number = orderNumber(upper.substring(KEEP_ORDER.length()));
			return Optional.ofNullable(number).map(ClinicCommand.KeepOrder::new);
		}
		return Optional.empty();
	}

	/** Digits as a number of units; too many digits for an int read as too many units. */
	private static int units(String digits) {
		return digits.length() > 7 ? Integer.MAX_VALUE : Integer.parseInt(digits);
	}

}
