package com.ayurlahi.common.address;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.gst.IndianState;

/**
 * Stores a state as its two-digit GST code.
 */
@Converter
public class IndianStateConverter implements AttributeConverter<IndianState, String> {

	@Override
	public @Nullable String convertToDatabaseColumn(@Nullable IndianState state) {
		return state == null ? null : state.code();
	}

	@Override
	public @Nullable IndianState convertToEntityAttribute(@Nullable String code) {
		return code == null ? null : IndianState.ofCode(code)
			.orElseThrow(() -> new IllegalStateException("Unknown state code in the database: " + code));
	}

}
