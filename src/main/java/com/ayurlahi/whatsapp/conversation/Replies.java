package com.ayurlahi.whatsapp.conversation;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.ayurlahi.common.Texts;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.OutboundMessage.Button;
import com.ayurlahi.whatsapp.OutboundMessage.Row;
import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.internal.Outbox;

/**
 * Writes the conversation's answers into the outbox, in the transaction handling the
 * message: texts (cut to WhatsApp's 4,096 characters), the menu, lists and quick replies.
 */
@Component
class Replies {

	private static final List<Row> MENU = List.of(
			new Row("Search products", "Find medicines by name, ingredient or manufacturer", ClinicCommands.SEARCH),
			new Row("Reorder last order", "Put the products of your last order in the cart again",
					ClinicCommands.REORDER),
			new Row("My cart", "What is in your cart, with GST", ClinicCommands.CART),
			new Row("My orders", "Your last five orders and where they stand", ClinicCommands.ORDERS),
			new Row("Help", "The commands you can type", ClinicCommands.HELP));

	private static final String MENU_BODY = "Namaste! What would you like to do? You can also type a product's name "
			+ "to search, or send ORDER followed by SKUs and quantities, e.g. ORDER SAP-TRI-100 x 5.";

	private final Outbox outbox;

	private final WhatsAppSettings settings;

	Replies(Outbox outbox, WhatsAppSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	void text(Turn turn, String text) {
		outbox.reply(turn.message(),
				new OutboundMessage.Text(turn.phone(), Texts.shortened(text.strip(), OutboundMessage.MAX_TEXT)));
	}

	/** The menu, with {@code lead} (why it is shown) before the usual question. */
	void menu(Turn turn, String lead) {
		String body = lead.isBlank() ? MENU_BODY : lead.strip() + "\n\n" + MENU_BODY;
		list(turn, "Ayurlahi", Texts.shortened(body, 1024), "Menu", MENU);
	}

	void list(Turn turn, String header, String body, String buttonText, List<Row> rows) {
		outbox.reply(turn.message(), new OutboundMessage.Menu(turn.phone(), reference(), Texts.shortened(header, 60),
				Texts.shortened(body, 1024), buttonText, rows));
	}

	void question(Turn turn, String body, String footer, List<Button> buttons) {
		outbox.reply(turn.message(), new OutboundMessage.QuickReply(turn.phone(), reference(),
				Texts.shortened(body, 1024), Texts.shortened(footer, 60), buttons));
	}

	void help(Turn turn) {
		text(turn,
				"""
						What you can send:
						• A product's name, an ingredient or a manufacturer (e.g. Triphala): choose from the list, then give the quantity.
						• ORDER SAP-TRI-100 x 5, VHF-BAL-450 x 2: add products to your cart by SKU.
						• CART: your cart, with GST.
						• REMOVE SAP-TRI-100: take a product out of your cart.
						• CHECKOUT: place your cart as orders, one per manufacturer, once you confirm.
						• REORDER: put the products of your last order in the cart again.
						• MY ORDERS: your last five orders.
						• STATUS AYR-2026-000123: where an order stands.
						• CANCEL AYR-2026-000123: cancel an order, once you confirm.
						• MENU: the menu. STOP: no more WhatsApp messages from us.
						Your cart and orders are the same in the portal: %s"""
					.formatted(portal("/clinic")));
	}

	/** A link into the portals. */
	String portal(String path) {
		String base = settings.portalUrl().toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

	private static String reference() {
		return UUID.randomUUID().toString();
	}

}
