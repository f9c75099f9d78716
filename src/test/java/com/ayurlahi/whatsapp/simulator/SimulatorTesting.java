package com.ayurlahi.whatsapp.simulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.mock.env.MockEnvironment;

import com.ayurlahi.whatsapp.WhatsAppSettings;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;

/**
 * For tests of the whatsapp module outside this package: a simulator posting to a given
 * webhook, and the user's typing and tapping, which the page does here.
 */
public final class SimulatorTesting {

	public static final String TOKEN = "test-webhook-token";

	private SimulatorTesting() {
	}

	/** A simulator posting to {@code baseUrl}'s webhook, a {@code step} apart. */
	public static WhatsAppSimulator simulator(String baseUrl, Duration step, int keep, Clock clock) {
		SimulatorSettings settings = new SimulatorSettings(true, "919800000003", "Dr. Lakshmi Varma",
				URI.create(baseUrl), step, keep);
		WhatsAppSettings whatsApp = new WhatsAppSettings(URI.create("https://api.gupshup.io/wa/api/v1"), null,
				"AyurlahiDev", "917834811114", Duration.ofSeconds(2), TOKEN, java.util.List.of(),
				URI.create("http://localhost:3000"), new WhatsAppSettings.Outbox(20, Duration.ofSeconds(1),
						Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(24)),
				java.util.Map.of());
		return new WhatsAppSimulator(settings, new SimulatorCallbacks(settings, whatsApp, new MockEnvironment(), clock),
				clock);
	}

	/** The user types {@code text}; returns the WhatsApp id of the message. */
	public static String write(WhatsAppSimulator simulator, String number, String text) {
		return simulator.write(number, "Dr. Lakshmi Varma", text).messageId();
	}

	/**
	 * The user taps option {@code option} of the channel's latest message to
	 * {@code number}; returns the WhatsApp id of the reply.
	 */
	public static String tapLatest(WhatsAppSimulator simulator, String number, int option) {
		List<ChatEntry> entries = simulator.show(number).entries();
		FromChannel latest = entries.stream()
			.filter(FromChannel.class::isInstance)
			.map(FromChannel.class::cast)
			.reduce((first, second) -> second)
			.orElseThrow();
		return simulator.tap(number, "Dr. Lakshmi Varma", latest.seq(), option).messageId();
	}

	/** Makes the delivery of the next message taken fail with {@code code}. */
	public static void failNextDelivery(WhatsAppSimulator simulator, String code) {
		simulator.failures().failNextDelivery(code);
	}

	/** How far the channel's latest message to {@code number} got. */
	public static ChatEntry.Tick latestTick(WhatsAppSimulator simulator, String number) {
		return simulator.show(number)
			.entries()
			.stream()
			.filter(FromChannel.class::isInstance)
			.map(FromChannel.class::cast)
			.reduce((first, second) -> second)
			.orElseThrow()
			.tick();
	}

}
