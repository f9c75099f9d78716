package com.ayurlahi.disputes.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;

/**
 * {@code POST /api/disputes/{id}/messages}: the text; {@code internal} for a team note.
 */
record MessageRequest(@NotBlank @Size(max = 2000) @PlainText(multiLine = true) @Nullable String text,
		@Nullable Boolean internal) {

	/** Whether it is a team note; a message when left out. */
	boolean isInternal() {
		return Boolean.TRUE.equals(internal);
	}

}
