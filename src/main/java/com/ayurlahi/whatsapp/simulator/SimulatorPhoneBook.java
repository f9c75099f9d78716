package com.ayurlahi.whatsapp.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;

/**
 * The simulated phones' conversations, per number, in memory: at most
 * {@value #MAX_NUMBERS} numbers (the one used longest ago is forgotten first) and the
 * last {@code keep} entries of each. A restart forgets everything; this is a development
 * tool, not a record. Every method holds the book's lock, so entries change one at a time
 * whichever thread reports them; each change moves the conversation's version on, which
 * the page's polling compares.
 */
class SimulatorPhoneBook {

	static final int MAX_NUMBERS = 50;

	private final int keep;

	private final Map<String, Conversation> conversations = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
			return size() > MAX_NUMBERS;
		}

	};

	private long nextSeq = 1;

	SimulatorPhoneBook(int keep) {
		this.keep = keep;
	}

	/** A conversation as the page shows it. */
	record View(String number, @Nullable String name, long version, List<ChatEntry> entries) {
	}

	/** The user's last callback, as posted, for posting it again. */
	record LastCallback(String messageId, String body) {
	}

	/** Adds the entry made with the next sequence number; returns it. */
	synchronized <T extends ChatEntry> T add(String number, LongFunction<T> entry) {
		T added = entry.apply(nextSeq++);
		Conversation conversation = conversation(number);
		conversation.entries.addLast(added);
		while (conversation.entries.size() > keep) {
			conversation.entries.removeFirst();
		}
		conversation.version++;
		return added;
	}

	/** Replaces an entry by what {@code change} makes of it, if it is still kept. */
	synchronized <T extends ChatEntry> Optional<T> change(String number, long seq, Class<T> kind,
			UnaryOperator<T> change) {
		Conversation conversation = conversations.get(number);
		if (conversation == null) {
			return Optional.empty();
		}
		List<ChatEntry> entries = new ArrayList<>(conversation.entries);
		for (int i = 0; i < entries.size(); i++) {
			if (entries.get(i).seq() == seq && kind.isInstance(entries.get(i))) {
				T changed = change.apply(kind.cast(entries.get(i)));
				entries.set(i, changed);
				conversation.entries.clear();
				conversation.entries.addAll(entries);
				conversation.version++;
				return Optional.of(changed);
			}
		}
		return Optional.empty();
	}

	synchronized <T extends ChatEntry> Optional<T> find(String number, long seq, Class<T> kind) {
		Conversation conversation = conversations.get(number);
		return conversation == null ? Optional.empty()
				: conversation.entries.stream()
					.filter(entry -> entry.seq() == seq)
					.filter(kind::isInstance)
					.map(kind::cast)
					.findFirst();
	}

	/**
	 * The conversation as it stands, with every message of the channel marked as shown;
	 * {@code readDue} receives those whose read event is due now.
	 */
	synchronized View show(String number, List<FromChannel> readDue) {
		Conversation conversation = conversations.get(number);
		if (conversation == null) {
			return new View(number, null, 0, List.of());
		}
		List<ChatEntry> entries = new ArrayList<>(conversation.entries.size());
		for (ChatEntry entry : conversation.entries) {
			if (entry instanceof FromChannel message) {
				FromChannel shown = message.seen() ? message : message.shown();
				if (shown.readDue()) {
					shown = shown.readOnItsWay();
					readDue.add(shown);
				}
				entry = shown;
			}
			entries.add(entry);
		}
		conversation.entries.clear();
		conversation.entries.addAll(entries);
		return new View(number, conversation.name, conversation.version, List.copyOf(entries));
	}

	/**
	 * Marks the message's read event as on its way and returns it, if it is due now (the
	 * page showed it and it has just been delivered).
	 */
	synchronized Optional<FromChannel> claimRead(String number, long seq) {
		return find(number, seq, FromChannel.class).filter(FromChannel::readDue)
			.flatMap(due -> change(number, seq, FromChannel.class, FromChannel::readOnItsWay));
	}

	synchronized long version(String number) {
		Conversation conversation = conversations.get(number);
		return conversation == null ? 0 : conversation.version;
	}

	/** The numbers with a conversation, the one used last first. */
	synchronized List<String> numbers() {
		List<String> numbers = new ArrayList<>(conversations.keySet());
		return numbers.reversed();
	}

	synchronized void remember(String number, String name, LastCallback callback) {
		Conversation conversation = conversation(number);
		conversation.name = name;
		conversation.last = callback;
	}

	synchronized Optional<LastCallback> lastCallback(String number) {
		Conversation conversation = conversations.get(number);
		return Optional.ofNullable(conversation == null ? null : conversation.last);
	}

	synchronized Optional<String> name(String number) {
		Conversation conversation = conversations.get(number);
		return Optional.ofNullable(conversation == null ? null : conversation.name);
	}

	private Conversation conversation(String number) {
		return conversations.computeIfAbsent(number, key -> new Conversation());
	}

	private static final class Conversation {

		private final Deque<ChatEntry> entries = new ArrayDeque<>();

		private @Nullable String name;

		private @Nullable LastCallback last;

		private long version;

	}

}
