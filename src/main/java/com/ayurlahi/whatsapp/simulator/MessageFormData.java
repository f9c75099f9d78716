package com.ayurlahi.whatsapp.simulator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the simulated user types: the phone's number, the WhatsApp profile name it writes
 * with and the text.
 */
record MessageFormData(@NotBlank(message = "Choose a number.") @Nullable String number,
		@NotBlank(message = "Give the sender a name.") @Size(max = 60,
				message = "A WhatsApp name here has at most 60 characters.") @Nullable String name,
		@NotBlank(message = "Type a message.") @Size(max = 4096,
				message = "A WhatsApp text has at most 4,096 characters.") @Nullable String text) {

	static MessageFormData empty(String number, String name) {
		return new MessageFormData(number, name, "");
	}

}
