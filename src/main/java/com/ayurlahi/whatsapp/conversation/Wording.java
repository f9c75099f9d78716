package com.ayurlahi.whatsapp.conversation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.Texts;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.products.ProductView;

/** Small pieces of the conversation's wording. */
final class Wording {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
		.withZone(IndianTime.ZONE);

	private Wording() {
	}

	static String units(long count) {
		return count == 1 ? "1 unit" : count + " units";
	}

	static String plural(long count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}

	static String rupees(BigDecimal amount) {
		return Money.format(amount);
	}

	static String day(Instant at) {
		return DAY.format(at);
	}

	/**
	 * A list row's description of a product, at most 72 characters: pack, manufacturer
	 * (shortened to fit), price with GST, and the minimum order or "out of stock" when
	 * they matter.
	 */
	static String rowDescription(ProductView product) {
		String price = rupees(product.priceWithGst()) + " with GST";
		String tail;
		if (!product.canOrderMinimum()) {
			tail = " · out of stock";
		}
		else if (product.minOrderQuantity() > 1) {
			tail = " · min " + product.minOrderQuantity();
		}
		else {
			tail = "";
		}
		String fixed = product.packSize() + " ·  · " + price + tail;
		int room = 72 - fixed.length();
		if (room < 4) {
			return Texts.shortened(product.packSize() + " · " + price + tail, 72);
		}
		return product.packSize() + " · " + Texts.shortened(product.manufacturerName(), room) + " · " + price + tail;
	}

	/**
	 * The lines joined, as many as fit in {@code max} characters with {@code overflow}
	 * after them when some are left out.
	 */
	static String within(List<String> lines, int max, String overflow) {
		String all = String.join("\n", lines);
		if (all.length() <= max) {
			return all;
		}
		StringBuilder shown = new StringBuilder();
		for (String line : lines) {
			if (shown.length() + line.length() + overflow.length() + 2 > max) {
				break;
			}
			shown.append(line).append('\n');
		}
		return shown.append(overflow).toString();
	}

}
