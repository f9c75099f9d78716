package com.ayurlahi.subscriptions.gateway;

/** Razorpay refused a call about subscriptions, or could not be reached. */
public class SubscriptionGatewayException extends RuntimeException {

	public SubscriptionGatewayException(String message) {
		super(message);
	}

	public SubscriptionGatewayException(String message, Throwable cause) {
		super(message, cause);
	}

}
