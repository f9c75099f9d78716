package com.ayurlahi.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.ayurlahi.test.IntegrationTest;
import com.ayurlahi.test.MovableClock;
import com.ayurlahi.whatsapp.internal.InboundHandling;

/**
 * Messages a crash left unhandled are picked up by whichever instance looks first: a
 * number whose messages another instance is answering (its row in
 * {@code whatsapp_contacts} locked) is skipped at once, not waited for, and its messages
 * are handled once, in order, when the number is free.
 */
@IntegrationTest
class WhatsAppLeftOverPickupIT {

	@Autowired
	InboundHandling handling;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Test
	void aNumberAnotherInstanceIsAnsweringIsSkippedAtOnceAndItsMessagesAreHandledOnceLater() throws Exception {
		String phone = "9198" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		Instant arrived = clock.instant().minus(Duration.ofMinutes(5));
		UUID first = leftOver(phone, "hello", arrived);
		UUID second = leftOver(phone, "anyone there?", arrived.plusSeconds(2));

		try (Connection otherInstance = dataSource.getConnection()) {
			otherInstance.setAutoCommit(false);
			try (PreparedStatement lock = otherInstance
				.prepareStatement("select phone from whatsapp_contacts where phone = ? for update")) {
				lock.setString(1, phone);
				assertThat(lock.executeQuery().next()).isTrue();
			}

			CompletableFuture<Integer> pickUp = CompletableFuture.supplyAsync(handling::handleLeftOver);
			pickUp.get(30, TimeUnit.SECONDS);

			assertThat(outcomes(phone)).as("left to the instance answering the number").containsOnlyNulls();
			otherInstance.rollback();
		}

		handling.handleLeftOver();

		assertThat(jdbc
			.sql("select id from whatsapp_inbound where phone = :phone and handled_at is not null"
					+ " order by handled_at, received_at")
			.param("phone", phone)
			.query(UUID.class)
			.list()).containsExactly(first, second);
		assertThat(outcomes(phone)).containsExactly("Unknown number: pointed to registration.",
				"Unknown number: already pointed to registration today.");
		assertThat(jdbc.sql("select count(*) from whatsapp_outbox where phone = :phone")
			.param("phone", phone)
			.query(Long.class)
			.single()).as("one reply, not one per instance").isOne();
	}

	private UUID leftOver(String phone, String text, Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into whatsapp_contacts (phone, opted_out, updated_at) values (:phone, false, :at)
				on conflict do nothing""").param("phone", phone).param("at", Timestamp.from(at)).update();
		jdbc.sql("""
				insert into whatsapp_inbound (id, provider_id, phone, kind, text, sent_at, received_at)
				values (:id, :providerId, :phone, 'TEXT', :text, :at, :at)""")
			.param("id", id)
			.param("providerId", "left-over-" + id)
			.param("phone", phone)
			.param("text", text)
			.param("at", Timestamp.from(at))
			.update();
		return id;
	}

	private List<String> outcomes(String phone) {
		return jdbc.sql("select outcome from whatsapp_inbound where phone = :phone order by received_at")
			.param("phone", phone)
			.query(String.class)
			.list();
	}

}
