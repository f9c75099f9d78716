package com.ayurlahi.disputes.rest;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;

/** An optional note with a one-step action (withdraw, refuse, escalate, reopen). */
record NoteRequest(@Size(max = 1000) @PlainText(multiLine = true) @Nullable String note) {

	static @Nullable String of(@Nullable NoteRequest request) {
		return request == null ? null : request.note();
	}

}
