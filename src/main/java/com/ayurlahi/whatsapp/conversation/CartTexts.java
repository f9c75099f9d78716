package com.ayurlahi.whatsapp.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ayurlahi.common.tax.TaxTotals;
import com.ayurlahi.orders.CartView;

/**
 * The clinic's cart in words, from the portal's own {@link CartView}: its lines grouped
 * by manufacturer (each group one order), with the tax of the one tax calculator.
 */
final class CartTexts {

	private CartTexts() {
	}

	/** Product → units, for the cart's rules. */
	static Map<UUID, Integer> quantities(CartView cart) {
		Map<UUID, Integer> quantities = new LinkedHashMap<>();
		cart.groups()
			.forEach(group -> group.lines().forEach(line -> quantities.put(line.product().id(), line.quantity())));
		return quantities;
	}

	/** One sentence: how many products, how many orders, how much with GST. */
	static String summary(CartView cart) {
		if (cart.isEmpty()) {
			return "Your cart is empty.";
		}
		return "Your cart: " + Wording.plural(cart.lineCount(), "product", "products") + " from "
				+ Wording.plural(cart.groups().size(), "manufacturer", "manufacturers") + ", "
				+ Wording.rupees(cart.totals().total()) + " with GST.";
	}

	/** The whole cart, line by line, with each order's tax and the total. */
	static List<String> lines(CartView cart) {
		List<String> lines = new ArrayList<>();
		lines.add("*Your cart* (" + Wording.plural(cart.lineCount(), "product", "products") + "; "
				+ (cart.groups().size() == 1 ? "one order" : cart.groups().size() + " orders, one per manufacturer")
				+ ")");
		for (CartView.Group group : cart.groups()) {
			lines.add("");
			lines.add("*" + group.manufacturerName() + "*");
			for (CartView.Line line : group.lines()) {
				lines.add("• " + line.quantity() + " × " + line.product().name() + ", " + line.product().packSize()
						+ " (" + line.product().sku() + "): " + Wording.rupees(line.tax().total()));
				if (line.problem() != null) {
					lines.add("  ⚠ " + line.problem());
				}
			}
			lines.add(taxes(group.totals(), group.intraState()));
		}
		TaxTotals totals = cart.totals();
		lines.add("");
		lines.add("*Total " + Wording.rupees(totals.total()) + "* (taxable " + Wording.rupees(totals.taxableValue())
				+ " + GST " + Wording.rupees(totals.tax()) + ")");
		return lines;
	}

	/**
	 * The checkout's question: the orders the cart becomes, their totals, and where they
	 * go.
	 */
	static String checkoutQuestion(CartView cart, String deliveredTo) {
		int orders = cart.groups().size();
		StringBuilder question = new StringBuilder(
				orders == 1 ? "Place this order for " : "Place " + orders + " orders (one per manufacturer) for ")
			.append(Wording.rupees(cart.totals().total()))
			.append(" with GST?\n");
		int shown = 0;
		for (CartView.Group group : cart.groups()) {
			if (shown == 8) {
				question.append("• … and ").append(orders - shown).append(" more\n");
				break;
			}
			question.append("• ")
				.append(group.manufacturerName())
				.append(": ")
				.append(Wording.plural(group.lines().size(), "product", "products"))
				.append(", ")
				.append(Wording.rupees(group.totals().total()))
				.append('\n');
			shown++;
		}
		return question.append("Delivery to ")
			.append(deliveredTo)
			.append(". Orders are paid in advance; the stock is reserved when you confirm.")
			.toString();
	}

	/**
	 * What the cart holds and costs, in short: a confirmation is for the cart it was
	 * asked about, not one changed since.
	 */
	static String fingerprint(CartView cart) {
		String lines = cart.groups()
			.stream()
			.flatMap(group -> group.lines().stream())
			.map(line -> line.product().id() + ":" + line.quantity())
			.sorted()
			.collect(Collectors.joining(";"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(lines.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16) + "|" + cart.totals().total().toPlainString();
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String taxes(TaxTotals totals, boolean intraState) {
		return "Taxable " + Wording.rupees(totals.taxableValue())
				+ (intraState ? " + CGST " + Wording.rupees(totals.cgst()) + " + SGST " + Wording.rupees(totals.sgst())
						: " + IGST " + Wording.rupees(totals.igst()))
				+ " = " + Wording.rupees(totals.total());
	}

}
