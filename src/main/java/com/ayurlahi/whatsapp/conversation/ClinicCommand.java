package com.ayurlahi.whatsapp.conversation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a clinic's message asks for, as {@link ClinicCommands} reads it: typed words, or
 * the postback of a list row or button we sent.
 */
sealed interface ClinicCommand {

	/** "hi", "menu", or something not understood: the menu. */
	record ShowMenu() implements ClinicCommand {
	}

	record Help() implements ClinicCommand {
	}

	/** "Search products" chosen from the menu: ask what to look for. */
	record SearchPrompt() implements ClinicCommand {
	}

	/** Look for these words in the catalog. */
	record Search(String text) implements ClinicCommand {
	}

	/** A product chosen from a search's list ({@code ADD:<product id or SKU>}). */
	record Pick(String product) implements ClinicCommand {
	}

	/** A number typed, the answer to "how many?". */
	record Quantity(int units) implements ClinicCommand {
	}

	/** A quantity button tapped ({@code QTY:<product id>:<units>}). */
	record QuantityChoice(UUID productId, int units) implements ClinicCommand {
	}

	/** {@code ORDER SKU x quantity, …}. */
	record OrderItems(OrderCommand command) implements ClinicCommand {
	}

	record ShowCart() implements ClinicCommand {
	}

	/** {@code REMOVE <SKU>}: take a product out of the cart. */
	record Remove(String sku) implements ClinicCommand {
	}

	/** Put the last order's products in the cart again. */
	record Reorder() implements ClinicCommand {
	}

	record Checkout() implements ClinicCommand {
	}

	record ConfirmCheckout() implements ClinicCommand {
	}

	record AbandonCheckout() implements ClinicCommand {
	}

	/** "my orders", or STATUS without a number. */
	record MyOrders() implements ClinicCommand {
	}

	/**
	 * {@code STATUS <order number>}; {@code number} is the number in its standard form,
	 * null when {@code written} is not one.
	 */
	record Status(String written, @Nullable String number) implements ClinicCommand {
	}

	/** {@code CANCEL <order number>}, asking for a confirmation first. */
	record Cancel(String written, @Nullable String number) implements ClinicCommand {
	}

	/** The "yes, cancel it" button ({@code CONFIRM-CANCEL:<order number>}). */
	record ConfirmCancel(String number) implements ClinicCommand {
	}

	/** The "no, keep it" button ({@code KEEP-ORDER:<order number>}). */
	record KeepOrder(String number) implements ClinicCommand {
	}

	/** "yes" typed, answering a confirmation. */
	record Yes() implements ClinicCommand {
	}

	/** "no" (or a bare CANCEL) typed, answering a confirmation. */
	record No() implements ClinicCommand {
	}

}
