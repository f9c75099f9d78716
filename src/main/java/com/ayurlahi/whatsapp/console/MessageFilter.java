package com.ayurlahi.whatsapp.console;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;

/**
 * Which messages the log shows: of one number, one direction, one status; each optional.
 * A status belongs to one direction, so it implies it.
 */
record MessageFilter(@Nullable String phone, @Nullable Direction direction, @Nullable MessageStatus status) {

	/** Whether the users' messages are in the selection. */
	boolean includesInbound() {
		return direction != Direction.OUTBOUND && (status == null || status.direction() == Direction.INBOUND);
	}

	/** Whether our messages are in the selection. */
	boolean includesOutbound() {
		return direction != Direction.INBOUND && (status == null || status.direction() == Direction.OUTBOUND);
	}

	/**
	 * The filter an API caller asked for, each value checked.
	 * @throws InvalidInputException naming the first parameter that names nothing
	 */
	static MessageFilter strictly(@Nullable String phone, @Nullable String direction, @Nullable String status) {
		String number;
		try {
			number = PhoneFilter.digits(phone);
		}
		catch (IllegalArgumentException notANumber) {
			throw new InvalidInputException("phone", PhoneFilter.HINT);
		}
		Direction chosenDirection = null;
		if (direction != null && !direction.isBlank()) {
			chosenDirection = Direction.named(direction);
			if (chosenDirection == null) {
				throw new InvalidInputException("direction", "Use IN or OUT (or INBOUND, OUTBOUND).");
			}
		}
		MessageStatus chosenStatus = null;
		if (status != null && !status.isBlank()) {
			chosenStatus = MessageStatus.named(status);
			if (chosenStatus == null) {
				throw new InvalidInputException("status", "Use one of: "
						+ Arrays.stream(MessageStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
						+ ".");
			}
		}
		return new MessageFilter(number, chosenDirection, chosenStatus);
	}

}
