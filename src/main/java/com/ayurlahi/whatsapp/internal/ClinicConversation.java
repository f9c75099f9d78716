package com.ayurlahi.whatsapp.internal;

import java.util.UUID;

/**
 * The ordering conversation with a clinic's verified number: menus, search, structured
 * commands, cart, checkout, status and cancellation. Called once per message, in the
 * transaction that marks it handled, with the number's messages one at a time. A refusal
 * thrown by a transactional service it calls marks that transaction rollback-only even
 * when caught, so an implementation checks the rules before it acts and answers them in
 * words; whatever escapes rolls the message's work back and is answered with an apology.
 */
public interface ClinicConversation {

	/**
	 * Answers {@code message} from the number of {@code clinicUserId}'s account, writing
	 * the replies into the outbox; returns what was done, for the message log.
	 */
	String handle(InboundMessage message, UUID clinicUserId);

}
