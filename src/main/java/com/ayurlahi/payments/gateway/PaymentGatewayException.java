package com.ayurlahi.payments.gateway;

/**
 * The gateway could not be reached, or refused a request; nothing was changed on our
 * side. {@link #isTemporary() Temporary} when Razorpay was unreachable or unavailable (no
 * answer, a 5xx, or 429 for too many requests): the same call may well succeed later. A
 * refusal (a 4xx, an answer we can't read) is final: making the same call again gets the
 * same answer, so a person has to look.
 */
public class PaymentGatewayException extends RuntimeException {

	private final boolean temporary;

	public PaymentGatewayException(String message) {
		this(message, null, false);
	}

	public PaymentGatewayException(String message, Throwable cause) {
		this(message, cause, false);
	}

	private PaymentGatewayException(String message, Throwable cause, boolean temporary) {
		super(message, cause);
		this.temporary = temporary;
	}

	/** Razorpay could not be reached, or answered that it is unavailable for now. */
	public static PaymentGatewayException unavailable(String message, Throwable cause) {
		return new PaymentGatewayException(message, cause, true);
	}

	/** Razorpay could not be reached, with no underlying exception (the sandbox's). */
	public static PaymentGatewayException unavailable(String message) {
		return new PaymentGatewayException(message, null, true);
	}

	/** Whether the same call may succeed if made again later. */
	public boolean isTemporary() {
		return temporary;
	}

}
