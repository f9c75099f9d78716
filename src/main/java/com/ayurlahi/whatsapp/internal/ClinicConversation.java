package com.ayurlahi.whatsapp.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The ordering conversation with a clinic's verified number: menus, search, structured
 * commands, cart, checkout, status and cancellation. Called once per message, in the
 * transaction that marks it handled, with the number's messages one at a time. A refusal
 * thrown by a transactional service it calls marks that transaction rollback-only even
 * when caught, so an implementation checks the rules before it acts and answers them in
 * words; whatever escapes rolls the message's work back and is answered with an apology,
 * unless the conversation can put it in words ({@link #answerToRefusal}).
 */
public interface ClinicConversation {

	/**
	 * Answers {@code message} from the number of {@code clinicUserId}'s account, writing
	 * the replies into the outbox; returns what was done, for the message log.
	 */
	String handle(InboundMessage message, UUID clinicUserId);

	/**
	 * What to answer instead of the apology when handling a message of
	 * {@code clinicUserId} failed with {@code refusal} and its work was rolled back: a
	 * refusal the checks before acting could not foresee (another order took the month's
	 * last one meanwhile), in the conversation's words. Empty: the apology.
	 */
	default Optional<String> answerToRefusal(RuntimeException refusal, UUID clinicUserId) {
		return Optional.empty();
	}

}
