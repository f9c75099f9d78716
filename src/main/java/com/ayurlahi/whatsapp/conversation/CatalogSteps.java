package com.ayurlahi.whatsapp.conversation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.ayurlahi.common.Texts;
import com.ayurlahi.orders.Cart;
import com.ayurlahi.orders.CartView;
import com.ayurlahi.products.ProductView;
import com.ayurlahi.whatsapp.OutboundMessage.Button;
import com.ayurlahi.whatsapp.OutboundMessage.Row;
import com.ayurlahi.whatsapp.conversation.ConversationStates.Awaiting;

/**
 * Finding a product and putting it in the cart: a search answered with a list of up to
 * ten matches, a match chosen answered with "how many?" (buttons with quantities, or a
 * number typed), and the units added to the clinic's one cart, the portal's.
 */
@Component
class CatalogSteps {

	private static final List<Button> AFTER_ADDING = List.of(new Button("View cart", ClinicCommands.CART),
			new Button("Check out", ClinicCommands.CHECKOUT), new Button("Menu", ClinicCommands.MENU));

	private final CatalogLookup catalog;

	private final Cart cart;

	private final ConversationStates states;

	private final Replies replies;

	CatalogSteps(CatalogLookup catalog, Cart cart, ConversationStates states, Replies replies) {
		this.catalog = catalog;
		this.cart = cart;
		this.states = states;
		this.replies = replies;
	}

	String searchPrompt(Turn turn) {
		replies.text(turn, "Type the name of a medicine, an ingredient or a manufacturer (for example: Triphala), "
				+ "then choose from the list.");
		return "Asked what to search for.";
	}

	/**
	 * Lists the first matches; text with nothing to search for, or no match, gets the
	 * menu.
	 */
	String search(Turn turn, String text) {
		String quoted = "\"" + Texts.shortened(text, 60) + "\"";
		if (!CatalogLookup.searchable(text)) {
			replies.menu(turn, "Sorry, I did not understand " + quoted + ".");
			return "Not understood: menu sent.";
		}
		Page<ProductView> found = catalog.search(turn.clinic(), text);
		if (found.isEmpty()) {
			replies.menu(turn, "Nothing in the catalogue matches " + quoted
					+ ". Try another name, an ingredient or a manufacturer.");
			return "Searched " + quoted + ": nothing found, menu sent.";
		}
		List<Row> rows = found.getContent()
			.stream()
			.map(product -> new Row(Texts.shortened(product.name(), 24), Wording.rowDescription(product),
					ClinicCommands.ADD + product.id()))
			.toList();
		long total = found.getTotalElements();
		String body = total <= rows.size()
				? Wording.plural(total, "product matches", "products match") + " " + quoted
						+ ". Choose one to add it to your cart."
				: "The first " + rows.size() + " of " + (total > 1_000 ? "more than 1,000" : String.valueOf(total))
						+ " products matching " + quoted + ". Choose one, or type more words to narrow it down.";
		replies.list(turn, "Search: " + text, body, "Choose a product", rows);
		return "Searched " + quoted + ": " + Wording.plural(total, "match", "matches") + ", " + rows.size()
				+ " listed.";
	}

	/** A product chosen from a list: asks how many. */
	String pick(Turn turn, String reference) {
		Optional<ProductView> product = catalog.orderable(turn.clinic(), reference);
		if (product.isEmpty()) {
			replies.text(turn, "That product can't be ordered any more. Type a name to search again.");
			return "Chose a product that can't be ordered.";
		}
		int inCart = CartTexts.quantities(cart.view(turn.clinic())).getOrDefault(product.get().id(), 0);
		return askQuantity(turn, product.get(), inCart);
	}

	/** The answer to "how many?" about {@code productId}: adds the units to the cart. */
	String quantity(Turn turn, UUID productId, int units) {
		Optional<ProductView> found = catalog.orderable(productId);
		if (found.isEmpty()) {
			replies.text(turn, "That product can't be ordered any more. Type a name to search again.");
			return "Quantity for a product that can't be ordered any more.";
		}
		ProductView product = found.get();
		int inCart = CartTexts.quantities(cart.view(turn.clinic())).getOrDefault(productId, 0);
		Optional<String> problem = CartRules.problem(product, inCart, units);
		if (problem.isPresent()) {
			boolean mayAskAgain = !CartRules.suggestions(product, inCart).isEmpty();
			replies.text(turn,
					problem.get() + (mayAskAgain ? " Type a number from " + CartRules.fewestToAdd(product, inCart)
							+ " to " + CartRules.mostToAdd(product, inCart) + "." : ""));
			if (mayAskAgain) {
				states.await(turn.phone(), turn.clinic().id(), Awaiting.QUANTITY, productId.toString(), turn.now());
			}
			return "Quantity refused: " + problem.get();
		}
		cart.add(turn.clinic(), productId, units);
		CartView after = cart.view(turn.clinic());
		replies.question(turn, "Added " + units + " × " + product.name() + " to your cart"
				+ (inCart > 0 ? " (" + (inCart + units) + " in it now)" : "") + ".\n" + CartTexts.summary(after),
				"Type another name to add more", AFTER_ADDING);
		return "Added " + units + " × " + product.sku() + " to the cart.";
	}

	/** A quantity button of a question that is no longer open. */
	String closedQuantity(Turn turn) {
		replies.text(turn,
				"That question is closed. Search for the product again to add it, or send CART to see " + "your cart.");
		return "Quantity button of a closed question.";
	}

	private String askQuantity(Turn turn, ProductView product, int inCart) {
		List<Integer> offered = CartRules.suggestions(product, inCart);
		if (offered.isEmpty()) {
			replies.text(turn, CartRules.problem(product, inCart, CartRules.fewestToAdd(product, inCart))
				.orElse(product.name() + " can't be added now."));
			return "Chose " + product.sku() + ": none can be added.";
		}
		String body = "How many units of *" + product.name() + "* (" + product.packSize() + ", "
				+ Wording.rupees(product.priceWithGst()) + " each with GST, from " + product.manufacturerName()
				+ ")?\nMinimum order " + product.minOrderQuantity() + "; " + product.stockQuantity() + " in stock."
				+ (inCart > 0 ? " Your cart already has " + inCart + "." : "") + "\nTap a quantity or type a number.";
		List<Button> buttons = offered.stream()
			.map(units -> new Button(Wording.units(units), ClinicCommands.QUANTITY + product.id() + ":" + units))
			.toList();
		replies.question(turn, body, "Send MENU to go back", buttons);
		states.await(turn.phone(), turn.clinic().id(), Awaiting.QUANTITY, product.id().toString(), turn.now());
		return "Asked the quantity of " + product.sku() + ".";
	}

}
