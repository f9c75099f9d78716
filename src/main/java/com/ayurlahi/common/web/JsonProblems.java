package com.ayurlahi.common.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import com.ayurlahi.common.web.Problems.FieldMessage;

/**
 * What was wrong with a request body that could not be read as the request's JSON: the
 * field, by its path ({@code items[0].quantity}), and a message saying what it takes (for
 * an enum, its values). Empty when the body is no JSON at all or the problem names no
 * field.
 */
final class JsonProblems {

	private JsonProblems() {
	}

	static List<FieldMessage> of(@Nullable Throwable cause) {
		if (cause instanceof StreamReadException unreadable && isDuplicateKey(unreadable)) {
			String field = duplicatedField(unreadable);
			return field == null ? List.of() : List.of(new FieldMessage(field, "is given more than once"));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return List.of(new FieldMessage(path(mismatched), message(mismatched)));
		}
		return List.of();
	}

	private static boolean isDuplicateKey(StreamReadException unreadable) {
		String message = unreadable.getOriginalMessage();
		return message != null && message.startsWith("Duplicate Object property");
	}

	/** The path of the duplicated key: the parser stands on it when it refuses it. */
	private static @Nullable String duplicatedField(StreamReadException unreadable) {
		if (!(unreadable.processor() instanceof JsonParser parser)) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		append(path, parser.streamReadContext());
		return path.isEmpty() ? null : path.toString();
	}

	private static void append(StringBuilder path, @Nullable TokenStreamContext context) {
		if (context == null || context.inRoot()) {
			return;
		}
		append(path, context.getParent());
		if (context.inArray()) {
			path.append('[').append(context.getCurrentIndex()).append(']');
		}
		else if (context.currentName() != null) {
			path.append(path.isEmpty() ? "" : ".").append(context.currentName());
		}
	}

	private static String path(JacksonException problem) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : problem.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String message(MismatchedInputException mismatched) {
		Class<?> type = mismatched.getTargetType();
		if (type == null) {
			return "has the wrong type";
		}
		if (type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			String given = mismatched instanceof InvalidFormatException invalid && invalid.getValue() != null
					? "\"" + invalid.getValue() + "\" is not one of them" : "give the value's name, in capitals";
			return "must be one of " + allowed + " (" + given + ")";
		}
		if (type == String.class) {
			return "must be text (in quotes)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			return "must be a whole number, without quotes";
		}
		if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
				|| type == float.class) {
			return "must be a number, without quotes";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "must be true or false, without quotes";
		}
		if (type == UUID.class) {
			return "must be an id like 3f2a9c1e-6b1d-4c3e-9a57-0d5c8e2f4b61";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "must be a date (2030-03-31) or time in ISO 8601";
		}
		if (List.class.isAssignableFrom(type) || type.isArray()) {
			return "must be a list";
		}
		return "has the wrong type";
	}

}
