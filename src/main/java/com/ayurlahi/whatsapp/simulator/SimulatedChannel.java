package com.ayurlahi.whatsapp.simulator;

import com.ayurlahi.whatsapp.ChannelUnavailableException;
import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.SendOutcome;
import com.ayurlahi.whatsapp.WhatsAppChannel;

/**
 * The WhatsApp channel in development and tests: every message goes to the
 * {@link WhatsAppSimulator}, which answers as Gupshup would (accepted with a Gupshup-like
 * id, refused with a Gupshup code, or {@link ChannelUnavailableException} as told), shows
 * it on the simulated phone at {@code /dev/whatsapp} and reports its delivery to our
 * webhook as Gupshup's callbacks. It keeps what it was sent in memory only, a bounded
 * amount per number, and forgets it on restart.
 */
public final class SimulatedChannel implements WhatsAppChannel {

	private final WhatsAppSimulator simulator;

	public SimulatedChannel(WhatsAppSimulator simulator) {
		this.simulator = simulator;
	}

	@Override
	public SendOutcome send(OutboundMessage message) {
		return simulator.take(message);
	}

	@Override
	public boolean isOn() {
		return true;
	}

}
