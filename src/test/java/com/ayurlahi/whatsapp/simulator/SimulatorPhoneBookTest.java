package com.ayurlahi.whatsapp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.ayurlahi.whatsapp.OutboundMessage;
import com.ayurlahi.whatsapp.simulator.ChatEntry.FromChannel;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Note;
import com.ayurlahi.whatsapp.simulator.ChatEntry.Tick;

/**
 * The phone book stays small (it lives in memory for as long as the application runs),
 * and says which messages the page has just shown delivered, so that each is read once.
 */
class SimulatorPhoneBookTest {

	private static final Instant AT = Instant.parse("2026-12-05T04:30:00Z");

	private final SimulatorPhoneBook book = new SimulatorPhoneBook(10);

	@Test
	void keepsTheLastEntriesOfEachNumberAndTheLatestNumbers() {
		IntStream.rangeClosed(1, 15)
			.forEach(i -> book.add("919800000003", seq -> new Note(seq, AT, "Note " + i, false)));
		IntStream.range(0, SimulatorPhoneBook.MAX_NUMBERS + 5)
			.forEach(i -> book.add(String.valueOf(919700000000L + i), seq -> new Note(seq, AT, "Hello", false)));

		assertThat(book.numbers()).hasSize(SimulatorPhoneBook.MAX_NUMBERS)
			.startsWith("919700000054")
			.doesNotContain("919800000003", "919700000004")
			.contains("919700000005");
		IntStream.rangeClosed(1, 15)
			.forEach(i -> book.add("919800000003", seq -> new Note(seq, AT, "Again " + i, false)));
		assertThat(book.show("919800000003", new ArrayList<>()).entries()).hasSize(10)
			.extracting(entry -> ((Note) entry).text())
			.startsWith("Again 6")
			.endsWith("Again 15");
	}

	@Test
	void aDeliveredMessageIsDueToBeReadOnceTheFirstTimeItIsShown() {
		FromChannel sent = book.add("919800000003",
				seq -> new FromChannel(seq, AT, new OutboundMessage.Text("919800000003", "Hello"), "gs-1", "wamid.1",
						Tick.WAITING, null, null, false, false));
		book.change("919800000003", sent.seq(), FromChannel.class,
				message -> message.reported(Tick.DELIVERED, null, null));
		long before = book.version("919800000003");

		List<FromChannel> due = new ArrayList<>();
		SimulatorPhoneBook.View view = book.show("919800000003", due);
		List<FromChannel> dueAgain = new ArrayList<>();
		book.show("919800000003", dueAgain);

		assertThat(due).singleElement().extracting(FromChannel::seq).isEqualTo(sent.seq());
		assertThat(dueAgain).isEmpty();
		assertThat(view.version()).isEqualTo(before);
		assertThat(book.claimRead("919800000003", sent.seq())).isEmpty();
		assertThat(book.show("919800000004", new ArrayList<>()).entries()).isEmpty();
		assertThat(book.numbers()).containsExactly("919800000003");
	}

}
