package com.ayurlahi.whatsapp.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.background.Lanes;
import com.ayurlahi.whatsapp.InboundEvent;
import com.ayurlahi.whatsapp.WhatsAppSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Takes Gupshup's callbacks in. Gupshup signs nothing, so a callback must carry our
 * secret token (compared in constant time) and, when networks are configured, come from
 * one of them; one that doesn't is refused with nothing stored, counted by the
 * {@code ayurlahi.whatsapp.callbacks.refused} metric rather than written to the audit log
 * per request. A user's message is stored under WhatsApp's id before the answer and
 * handled afterwards, once (a redelivery finds its id taken); a delivery status or a
 * consent is applied at once, being one small update.
 */
@Service
public class CallbackReceiver {

	private final InboundMessages inbound;

	private final InboundHandling handling;

	private final OutboxRows outbox;

	private final Contacts contacts;

	private final WhatsAppSettings settings;

	private final List<IpAddressMatcher> networks;

	private final TransactionTemplate transactions;

	private final TaskExecutor background;

	private final Counter refused;

	private final Clock clock;

	CallbackReceiver(InboundMessages inbound, InboundHandling handling, OutboxRows outbox, Contacts contacts,
			WhatsAppSettings settings, TransactionTemplate transactions,
			@Qualifier(Lanes.INBOX) TaskExecutor background, MeterRegistry meters, Clock clock) {
		this.inbound = inbound;
		this.handling = handling;
		this.outbox = outbox;
		this.contacts = contacts;
		this.settings = settings;
		this.networks = settings.allowedNetworks().stream().map(IpAddressMatcher::new).toList();
		this.transactions = transactions;
		this.background = background;
		this.refused = Counter.builder("ayurlahi.whatsapp.callbacks.refused")
			.description("WhatsApp callbacks refused for a missing or wrong token or an address not allowed")
			.register(meters);
		this.clock = clock;
	}

	/** What became of a callback. */
	public enum Receipt {

		/** Stored or applied. */
		ACCEPTED,
		/** A message we already had: nothing changed. */
		DUPLICATE,
		/** A kind of callback we take no interest in, answered and dropped. */
		IGNORED,
		/** Not from Gupshup: no token, a wrong one, or an address not allowed. */
		UNAUTHORIZED,
		/** Not a Gupshup callback we can read. */
		MALFORMED

	}

	public Receipt receive(byte[] body, @Nullable String token, String remoteAddress) {
		if (!tokenMatches(token) || !addressAllowed(remoteAddress)) {
			refused.increment();
			return Receipt.UNAUTHORIZED;
		}
		InboundEvent event;
		try {
			event = GupshupCallbacks.parse(new String(body, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException unreadable) {
			return Receipt.MALFORMED;
		}
		return switch (event) {
			case InboundEvent.Message message -> stored(message);
			case InboundEvent.Delivery delivery -> {
				transactions.executeWithoutResult(
						status -> outbox.delivery(delivery.providerMessageId(), delivery.whatsAppMessageId(),
								delivery.status(), delivery.errorCode(), delivery.reason(), clock.instant()));
				yield Receipt.ACCEPTED;
			}
			case InboundEvent.Consent consent -> {
				transactions.executeWithoutResult(status -> contacts.consent(consent.phone(), consent.optedIn(),
						Contacts.ConsentSource.PROVIDER, clock.instant()));
				yield Receipt.ACCEPTED;
			}
			case InboundEvent.Ignored ignored -> Receipt.IGNORED;
		};
	}

	private Receipt stored(InboundEvent.Message message) {
		Optional<UUID> stored = transactions.execute(status -> {
			Optional<UUID> id = inbound.store(message, clock.instant());
			id.ifPresent(this::handleAfterCommit);
			return id;
		});
		return stored != null && stored.isPresent() ? Receipt.ACCEPTED : Receipt.DUPLICATE;
	}

	private void handleAfterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					background.execute(() -> handling.handle(id));
				}
				catch (TaskRejectedException busy) {
					// picked up by InboundHandling.handleLeftOver()
				}
			}
		});
	}

	private boolean tokenMatches(@Nullable String token) {
		return token != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
				settings.webhookToken().getBytes(StandardCharsets.UTF_8));
	}

	private boolean addressAllowed(String remoteAddress) {
		return networks.isEmpty() || networks.stream().anyMatch(network -> network.matches(remoteAddress));
	}

}
