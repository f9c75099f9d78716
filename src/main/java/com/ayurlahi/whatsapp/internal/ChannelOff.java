package com.ayurlahi.whatsapp.internal;

import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppChannel;

/**
 * The channel when Gupshup is not configured: nothing goes out, and every message is
 * refused for good with that reason, so that it is recorded as not sent and the in-app
 * notification stands alone.
 */
class ChannelOff implements WhatsAppChannel {

	@Override
	public SendOutcome send(OutboundMessage message) {
		return new SendOutcome.Refused(null, "WhatsApp is off: no Gupshup API key is configured.");
	}

	@Override
	public boolean isOn() {
		return false;
	}

}
