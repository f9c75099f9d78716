package com.ayurlahi.whatsapp.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.ayurlahi.orders.OrderPlacement;
import com.ayurlahi.products.ProductView;

/**
 * The cart's rules for adding units of a product (orderable, at least the minimum order,
 * no more than the stock, at most 1,00,000 units), checked before the cart is asked to
 * add them: a refusal thrown by the cart inside the transaction handling the message
 * would mark that transaction rollback-only, and the clinic would get an apology instead
 * of the reason.
 */
final class CartRules {

	private static final int[] ROUND_QUANTITIES = { 5, 10, 20, 50, 100, 200, 500, 1000 };

	private CartRules() {
	}

	/**
	 * Why {@code units} more of {@code product} can't go into a cart that holds
	 * {@code inCart} of it, in a sentence; empty when they can.
	 */
	static Optional<String> problem(ProductView product, int inCart, int units) {
		long total = (long) inCart + units;
		if (!product.orderable()) {
			return Optional.of(product.name() + " can't be ordered any more.");
		}
		if (units < 1) {
			return Optional.of("Order at least one unit.");
		}
		if (total > OrderPlacement.MAX_QUANTITY) {
			return Optional.of("At most 1,00,000 units of a product can be ordered.");
		}
		if (product.stockQuantity() == 0 || product.stockQuantity() < product.minOrderQuantity()) {
			return Optional.of(product.name() + " is out of stock.");
		}
		if (total < product.minOrderQuantity()) {
			return Optional
				.of("The minimum order of " + product.name() + " is " + Wording.units(product.minOrderQuantity())
						+ (inCart > 0 ? " (your cart has " + inCart + ")" : "") + ".");
		}
		if (total > product.stockQuantity()) {
			return Optional.of("Only " + product.stockQuantity() + " of " + product.name() + " are in stock"
					+ (inCart > 0 ? " and your cart already has " + inCart : "") + ".");
		}
		return Optional.empty();
	}

	/** The fewest units that may be added to {@code inCart}: up to the minimum order. */
	static int fewestToAdd(ProductView product, int inCart) {
		return Math.max(1, product.minOrderQuantity() - inCart);
	}

	/** The most units that may be added to {@code inCart}: up to the stock. */
	static int mostToAdd(ProductView product, int inCart) {
		return Math.min(product.stockQuantity(), OrderPlacement.MAX_QUANTITY) - inCart;
	}

	/**
	 * Up to three quantities to offer as buttons: the fewest that may be added, then
	 * round numbers above it, all within the stock.
	 */
	static List<Integer> suggestions(ProductView product, int inCart) {
		int fewest = fewestToAdd(product, inCart);
		int most = mostToAdd(product, inCart);
		List<Integer> offered = new ArrayList<>();
		if (most < fewest) {
			return offered;
		}
		offered.add(fewest);
		for (int round : ROUND_QUANTITIES) {
			if (offered.size() == 3 || round > most) {
				break;
			}
			if (round > fewest) {
				offered.add(round);
			}
		}
		return offered;
	}

}
