package com.ayurlahi.whatsapp;

/**
 * Where WhatsApp messages go: Gupshup when it is configured; otherwise the channel is off
 * ({@link #isOn()} is false) and refuses every message, so that notifications stay in the
 * app.
 */
public interface WhatsAppChannel {

	/**
	 * Hands {@code message} to the provider.
	 * @throws ChannelUnavailableException when it is to be tried again later
	 */
	SendOutcome send(OutboundMessage message);

	/** Whether messages can go out at all. */
	boolean isOn();

}
