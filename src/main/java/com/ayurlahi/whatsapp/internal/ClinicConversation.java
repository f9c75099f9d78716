package com.ayurlahi.whatsapp.internal;

import java.util.UUID;

/**
 * The ordering conversation with a clinic's verified number: menus, search, structured
 * commands, cart, checkout, status and cancellation. Called once per message, in the
 * transaction that marks it handled, with the number's messages one at a time.
 */
public interface ClinicConversation {

	/**
	 * Answers {@code message} from the number of {@code clinicUserId}'s account, writing
	 * the replies into the outbox; returns what was done, for the message log.
	 */
	String handle(InboundMessage message, UUID clinicUserId);

}
