package com.ayurlahi.whatsapp.conversation;

import java.time.Instant;

import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.whatsapp.internal.InboundMessage;

/**
 * One message of a clinic's conversation being answered: the message, the clinic account
 * whose verified number sent it (acting as that account, as the portal would), and the
 * time it is handled.
 */
record Turn(InboundMessage message, AuthenticatedUser clinic, Instant now) {

	String phone() {
		return message.phone();
	}

}
