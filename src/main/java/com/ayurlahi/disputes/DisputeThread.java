package com.ayurlahi.disputes;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The thread of a dispute: the clinic, the manufacturer and the team write to each other;
 * the team also keeps internal notes the parties never see.
 */
@Service
@Transactional
public class DisputeThread {

	private static final int MAX_TEXT = 2000;

	private final Disputes disputes;

	private final DisputeReads reads;

	private final Clock clock;

	DisputeThread(Disputes disputes, DisputeReads reads, Clock clock) {
		this.disputes = disputes;
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * {@code author} writes {@code text} on the dispute's thread, or, for the team only,
	 * as an internal note.
	 */
	public DisputeView post(UUID disputeId, String text, boolean internal, AuthenticatedUser author) {
		if (internal && !author.role().isStaff()) {
			throw new AccessDeniedException("Only the Ayurlahi team keeps internal notes");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "Write a message first.");
		}
		String message = text.strip();
		if (message.length() > MAX_TEXT) {
			throw new InvalidInputException("text", "Use at most " + MAX_TEXT + " characters.");
		}
		PlainTexts.require(message, "text", true);
		Dispute dispute = reads.lockedFor(disputeId, author);
		dispute.post(message, internal, DisputeOpening.actor(author), clock.instant());
		disputes.save(dispute);
		return reads.view(dispute, author);
	}

}
