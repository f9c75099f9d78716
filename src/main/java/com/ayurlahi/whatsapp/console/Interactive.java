package com.ayurlahi.whatsapp.console;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a message held besides its text: the buttons or list rows we offered, each with
 * the postback id a tap sends back; the template we sent and its parameters; or, for a
 * user's message, the postback of the button or row chosen. {@link #shape()} tells the
 * pages which one it is.
 */
sealed interface Interactive {

	/** {@code buttons}, {@code list}, {@code template} or {@code selection}. */
	String shape();

	/** A quick reply's buttons under the message's text. */
	record Buttons(String footer, List<Choice> buttons) implements Interactive {

		@Override
		public String shape() {
			return "buttons";
		}

	}

	/** A list opened with {@code button}, with up to ten rows. */
	record ListMenu(String header, String button, List<Choice> rows) implements Interactive {

		@Override
		public String shape() {
			return "list";
		}

	}

	/** An approved template (Gupshup's id) with its parameters in order. */
	record Template(String templateId, List<String> parameters) implements Interactive {

		@Override
		public String shape() {
			return "template";
		}

	}

	/** The user tapped a button or list row: its postback id. */
	record Selection(@Nullable String postback) implements Interactive {

		@Override
		public String shape() {
			return "selection";
		}

	}

	/** A button or list row: its title, a row's description, and its postback id. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Choice(String title, @Nullable String description, String postback) {
	}

}
