package com.ayurlahi.whatsapp.console;

import java.util.Map;

import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.web.Choices;

/**
 * The message log's filters, all optional: a number (said next to the field when it is
 * none), a direction ({@code IN} or {@code OUT}) and a status; a direction or status that
 * names none, as an old bookmark might, is no filter.
 */
record MessageFilterFormData(@Pattern(regexp = PhoneFilter.TYPED, message = PhoneFilter.HINT) @Nullable String phone,
		@Nullable String direction, @Nullable String status) {

	/** The choices of the direction filter. */
	static final Map<String, String> DIRECTIONS = Choices.of(Direction.values(), Direction::code, Direction::label);

	/** The choices of the status filter. */
	static final Map<String, String> STATUSES = Choices.of(MessageStatus.values(), MessageStatus::label);

	MessageFilter toFilter() {
		return new MessageFilter(PhoneFilter.leniently(phone), direction == null ? null : Direction.named(direction),
				status == null ? null : MessageStatus.named(status));
	}

}
