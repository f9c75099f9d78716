package com.ayurlahi.whatsapp.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.CartView;
import com.ayurlahi.orders.OrderFilter;
import com.ayurlahi.orders.OrderManagement;
import com.ayurlahi.orders.OrderSummary;
import com.ayurlahi.orders.OrderView;
import com.ayurlahi.products.ProductView;

/**
 * The clinic's cart, the portal's one: filled by the {@code ORDER} command line by line,
 * shown with its tax, a product taken out, the last order put back in.
 * <p>
 * Each line of an {@code ORDER} stands on its own: the good ones go into the cart even
 * when others are refused, and the answer says, line by line, what was added and what was
 * not and why. Nothing is ordered until CHECKOUT, so a partly filled cart costs the
 * clinic nothing, and it need not type the good lines again. Units are added to what the
 * cart already holds of a product, as "Add to cart" does in the portal.
 */
@Component
class CartSteps {

	private final Cart cart;

	private final CatalogLookup catalog;

	private final OrderManagement orders;

	private final Replies replies;

	CartSteps(Cart cart, CatalogLookup catalog, OrderManagement orders, Replies replies) {
		this.cart = cart;
		this.catalog = catalog;
		this.orders = orders;
		this.replies = replies;
	}

	String order(Turn turn, OrderCommand command) {
		if (command.items().isEmpty()) {
			replies.text(turn, "Write ORDER followed by each product's SKU and quantity, for example: "
					+ "ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2");
			return "ORDER without products.";
		}
		Map<UUID, Integer> inCart = CartTexts.quantities(cart.view(turn.clinic()));
		List<String> results = new ArrayList<>();
		int added = 0;
		for (OrderCommand.Item item : command.items()) {
			Optional<String> problem = switch (item) {
				case OrderCommand.Unreadable unreadable -> Optional.of(unreadable.problem());
				case OrderCommand.Wanted wanted -> added(turn, wanted, inCart, results);
			};
			if (problem.isPresent()) {
				results.add("✗ " + item.text() + ": " + problem.get());
			}
			else {
				added++;
			}
		}
		int lines = command.items().size();
		String heading = added == lines ? "Added to your cart:"
				: added == 0 ? "Nothing was added to your cart:" : "Added " + added + " of " + lines + " to your cart:";
		List<String> text = new ArrayList<>();
		text.add(heading);
		text.addAll(results);
		text.add("");
		text.add(CartTexts.summary(cart.view(turn.clinic()))
				+ (added > 0 ? " Send CART to see it with GST, or CHECKOUT to place the order." : ""));
		replies.text(turn, Wording.within(text, 4000, "…"));
		return "ORDER: " + added + " of " + Wording.plural(lines, "line", "lines") + " added.";
	}

	String show(Turn turn) {
		CartView view = cart.view(turn.clinic());
		if (view.isEmpty()) {
			replies.text(turn, "Your cart is empty. Type a product's name to search, or send ORDER with SKUs and "
					+ "quantities, for example ORDER SAP-TRI-100 x 5.");
			return "Cart shown: empty.";
		}
		List<String> text = new ArrayList<>(CartTexts.lines(view));
		text.add("");
		text.add(view.readyForCheckout()
				? "Send CHECKOUT to place " + (view.groups().size() == 1 ? "the order." : "the orders.")
				: "Lines marked ⚠ can't be ordered as they are: send REMOVE and the SKU to take one out, or change "
						+ "it in the portal: " + replies.portal("/clinic/cart"));
		replies.text(turn,
				Wording.within(text, 4000, "… see the whole cart in the portal: " + replies.portal("/clinic/cart")));
		return "Cart shown: " + Wording.plural(view.lineCount(), "line", "lines") + ", "
				+ Wording.rupees(view.totals().total()) + ".";
	}

	String remove(Turn turn, String sku) {
		List<CartView.Line> lines = cart.view(turn.clinic())
			.groups()
			.stream()
			.flatMap(group -> group.lines().stream())
			.filter(line -> line.product().sku().equalsIgnoreCase(sku.strip()))
			.toList();
		if (lines.isEmpty()) {
			replies.text(turn, "Your cart has no product with the SKU " + sku.strip() + ". Send CART to see it.");
			return "REMOVE of a SKU not in the cart.";
		}
		lines.forEach(line -> cart.remove(turn.clinic(), line.product().id()));
		replies.text(turn, "Removed " + lines.getFirst().product().name() + " from your cart. "
				+ CartTexts.summary(cart.view(turn.clinic())));
		return "Removed " + sku.strip() + " from the cart.";
	}

	/** Puts what can still be ordered of the last order back in the cart. */
	String reorder(Turn turn) {
		List<OrderSummary> last = orders.search(OrderFilter.all(), turn.clinic(), PageRequest.of(0, 1)).getContent();
		if (last.isEmpty()) {
			replies.text(turn, "You have no earlier order to repeat. Type a product's name to search.");
			return "Reorder: no earlier order.";
		}
		OrderView order = orders.get(last.getFirst().id(), turn.clinic());
		List<String> unavailable = cart.reorder(turn.clinic(), order);
		String outcome;
		if (unavailable.size() == order.items().size()) {
			outcome = "None of the products of " + order.orderNumber() + " can be ordered now.";
		}
		else if (unavailable.isEmpty()) {
			outcome = "The products of " + order.orderNumber() + " are in your cart again.";
		}
		else {
			outcome = "The products of " + order.orderNumber() + " that are available are in your cart; "
					+ String.join(", ", unavailable) + (unavailable.size() == 1 ? " is" : " are")
					+ " not available now.";
		}
		replies.text(turn, outcome + "\n" + CartTexts.summary(cart.view(turn.clinic()))
				+ " Send CART to see it with GST, or CHECKOUT to place the order.");
		return "Reorder of " + order.orderNumber() + ": " + unavailable.size() + " not available.";
	}

	/**
	 * Adds a wanted line when the cart's rules allow it; otherwise says why not.
	 */
	private Optional<String> added(Turn turn, OrderCommand.Wanted wanted, Map<UUID, Integer> inCart,
			List<String> results) {
		List<ProductView> found = catalog.bySku(turn.clinic(), wanted.sku());
		if (found.isEmpty()) {
			return Optional.of("no product with the SKU " + wanted.sku()
					+ " can be ordered; check the SKU, or type the product's name to search");
		}
		if (found.size() > 1) {
			return Optional.of(found.size() + " manufacturers use the SKU " + wanted.sku()
					+ "; type the product's name and choose it from the list");
		}
		ProductView product = found.getFirst();
		int before = inCart.getOrDefault(product.id(), 0);
		Optional<String> problem = CartRules.problem(product, before, wanted.quantity());
		if (problem.isPresent()) {
			return problem;
		}
		cart.add(turn.clinic(), product.id(), wanted.quantity());
		inCart.put(product.id(), before + wanted.quantity());
		results.add("✓ " + wanted.quantity() + " × " + product.name() + " (" + product.sku() + ", "
				+ product.manufacturerName() + ")"
				+ (before > 0 ? ": " + (before + wanted.quantity()) + " in your cart now" : ""));
		return Optional.empty();
	}

}
