package com.ayurlahi.whatsapp;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message to send to a WhatsApp number ({@code destination}: digits with the country
 * code, no {@code +}), checked against WhatsApp's limits when it is made, so that the
 * provider never refuses one for its shape. Kept in the outbox as JSON with its
 * {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = OutboundMessage.Text.class, name = "text"),
		@JsonSubTypes.Type(value = OutboundMessage.QuickReply.class, name = "quick_reply"),
		@JsonSubTypes.Type(value = OutboundMessage.Menu.class, name = "list"),
		@JsonSubTypes.Type(value = OutboundMessage.Template.class, name = "template") })
public sealed interface OutboundMessage {

	/** The longest text a message carries. */
	int MAX_TEXT = 4096;

	String destination();

	/** Free text; only within 24 hours of the user's last message. */
	record Text(String destination, String text) implements OutboundMessage {

		public Text {
			destination = Destinations.checked(destination);
			Limits.require(!text.isBlank() && text.length() <= MAX_TEXT, "a text of 1 to 4,096 characters");
		}

	}

	/**
	 * A body with up to three buttons; a tap comes back as a selection with the button's
	 * {@code postback}. {@code reference} is our own id of the message.
	 */
	record QuickReply(String destination, String reference, String body, String footer,
			List<Button> buttons) implements OutboundMessage {

		public QuickReply {
			destination = Destinations.checked(destination);
			Limits.require(!body.isBlank() && body.length() <= 1024, "a body of 1 to 1,024 characters");
			Limits.require(footer.length() <= 60, "a footer of at most 60 characters");
			buttons = List.copyOf(buttons);
			Limits.require(!buttons.isEmpty() && buttons.size() <= 3, "1 to 3 buttons");
		}

	}

	/** A quick reply's button: a title of at most 20 characters. */
	record Button(String title, String postback) {

		public Button {
			Limits.require(!title.isBlank() && title.length() <= 20, "a button title of 1 to 20 characters");
			Limits.require(!postback.isBlank() && postback.length() <= 200, "a postback of 1 to 200 characters");
		}

	}

	/**
	 * A list the user opens with {@code buttonText} and picks one row from (at most ten);
	 * the pick comes back as a selection with the row's {@code postback}.
	 */
	record Menu(String destination, String reference, String header, String body, String buttonText,
			List<Row> rows) implements OutboundMessage {

		public Menu {
			destination = Destinations.checked(destination);
			Limits.require(header.length() <= 60, "a header of at most 60 characters");
			Limits.require(!body.isBlank() && body.length() <= 1024, "a body of 1 to 1,024 characters");
			Limits.require(!buttonText.isBlank() && buttonText.length() <= 20, "a button text of 1 to 20 characters");
			rows = List.copyOf(rows);
			Limits.require(!rows.isEmpty() && rows.size() <= 10, "1 to 10 rows");
		}

	}

	/**
	 * A row of a list: a title of at most 24 characters and a description of at most 72.
	 */
	record Row(String title, String description, String postback) {

		public Row {
			Limits.require(!title.isBlank() && title.length() <= 24, "a row title of 1 to 24 characters");
			Limits.require(description.length() <= 72, "a row description of at most 72 characters");
			Limits.require(!postback.isBlank() && postback.length() <= 200, "a postback of 1 to 200 characters");
		}

	}

	/**
	 * An approved template (its Gupshup id) with its parameters in order: what may be
	 * sent outside the 24-hour window.
	 */
	record Template(String destination, String templateId, List<String> parameters) implements OutboundMessage {

		public Template {
			destination = Destinations.checked(destination);
			Limits.require(!templateId.isBlank(), "a template id");
			parameters = List.copyOf(parameters);
		}

	}

}
