package com.ayurlahi.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.audit.AuditEntry;
import com.ayurlahi.audit.ChainVerification;

/**
 * Seals audit entries into a SHA-256 chain and checks the chain.
 * <p>
 * Business transactions only insert entries; sealing happens afterwards, a batch at a
 * time, so writes are never serialised on the chain. The chain has its own sequence: seal
 * {@code n} holds {@code SHA-256(n, the entry's fields, hash of seal n-1)}. Each batch
 * takes the committed, unsealed entries ({@code audit_unsealed}, written with each entry)
 * in the order they arrived ({@code seq}) and takes them off that list; an entry whose
 * transaction commits late is sealed in a later batch, so the chain's order is the order
 * entries became visible. One sealer runs at a time, across app instances, by locking the
 * single row of {@code audit_chain_head}.
 */
@Component
public class AuditSeals {

	private static final int BATCH = 500;

	private static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AuditSeals(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Seals every committed entry not sealed yet; returns how many. */
	public int sealPending() {
		int sealed = 0;
		int batch;
		do {
			batch = transactions.execute(status -> sealBatch());
			sealed += batch;
		}
		while (batch == BATCH);
		return sealed;
	}

	@Scheduled(fixedDelayString = "${ayurlahi.audit.seal-interval}",
			initialDelayString = "${ayurlahi.audit.seal-interval}")
	void sealRegularly() {
		sealPending();
	}

	/**
	 * Checks every seal up to the end of the chain as read first, against its entry and
	 * its predecessor; names the first that does not match. Seals a concurrent sealer
	 * adds meanwhile are beyond that end and left for the next check.
	 */
	public ChainVerification verify() {
		return transactions.execute(status -> {
			Head head = head(false);
			String previousHash = GENESIS;
			long expectedPosition = 1;
			while (expectedPosition <= head.position()) {
				List<SealedEntry> seals = jdbc.sql("""
						select s.position, s.hash, e.id, e.seq, e.at, e.actor_id, e.actor_role, e.action, e.entity_type,
						       e.entity_id, e.changes, e.client_ip, e.request_id
						  from audit_seals s left join audit_entries e on e.id = s.entry_id
						 where s.position >= :from and s.position <= :to order by s.position limit :limit
						""")
					.param("from", expectedPosition)
					.param("to", head.position())
					.param("limit", BATCH)
					.query((row, number) -> new SealedEntry(row.getLong("position"), row.getString("hash"),
							row.getObject("id", UUID.class) == null ? null : AuditEntries.entry(row, number)))
					.list();
				for (SealedEntry seal : seals) {
					if (seal.position() != expectedPosition) {
						return ChainVerification.broken(expectedPosition, null, "Seal " + expectedPosition
								+ " is missing: the chain jumps to " + seal.position() + ".");
					}
					if (seal.entry() == null) {
						return ChainVerification.broken(seal.position(), null,
								"Seal " + seal.position() + " points to an entry that no longer exists.");
					}
					String expected = hash(seal.position(), seal.entry(), previousHash);
					if (!expected.equals(seal.hash())) {
						return ChainVerification.broken(seal.position(), seal.entry().id(),
								"Entry " + seal.entry().id() + " (" + seal.entry().action() + ") does not match seal "
										+ seal.position() + ": it or an entry before it was changed.");
					}
					previousHash = seal.hash();
					expectedPosition++;
				}
				if (seals.isEmpty()) {
					return ChainVerification.broken(expectedPosition, null, "Seals " + expectedPosition + " to "
							+ head.position() + " are missing: the chain ends early.");
				}
			}
			if (!head.hash().equals(previousHash)) {
				return ChainVerification.broken(head.position(), null,
						"The end of the chain does not match its last seal (" + head.position() + ").");
			}
			return ChainVerification.intact(head.position());
		});
	}

	private int sealBatch() {
		Head head = head(true);
		List<AuditEntry> pending = jdbc.sql("""
				select e.id, e.seq, e.at, e.actor_id, e.actor_role, e.action, e.entity_type, e.entity_id, e.changes,
				       e.client_ip, e.request_id
				  from audit_unsealed u join audit_entries e on e.id = u.entry_id
				 order by e.seq
				 limit :limit
				""").param("limit", BATCH).query(AuditEntries::entry).list();
		long position = head.position();
		String previousHash = head.hash();
		Timestamp now = Timestamp.from(clock.instant());
		for (AuditEntry entry : pending) {
			position++;
			String hash = hash(position, entry, previousHash);
			jdbc.sql(
					"insert into audit_seals (position, entry_id, hash, sealed_at) values (:position, :entryId, :hash, :now)")
				.param("position", position)
				.param("entryId", entry.id())
				.param("hash", hash)
				.param("now", now)
				.update();
			previousHash = hash;
		}
		if (!pending.isEmpty()) {
			jdbc.sql("delete from audit_unsealed where entry_id in (:ids)")
				.param("ids", pending.stream().map(AuditEntry::id).toList())
				.update();
			jdbc.sql("update audit_chain_head set position = :position, hash = :hash where id = 1")
				.param("position", position)
				.param("hash", previousHash)
				.update();
		}
		return pending.size();
	}

	private Head head(boolean lock) {
		return jdbc.sql("select position, hash from audit_chain_head where id = 1" + (lock ? " for update" : ""))
			.query((row, number) -> new Head(row.getLong("position"), row.getString("hash")))
			.single();
	}

	/**
	 * SHA-256 over the position, every field of the entry (each length-prefixed) and the
	 * previous hash.
	 */
	static String hash(long position, AuditEntry entry, String previousHash) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { position, entry.id(), DateTimeFormatter.ISO_INSTANT.format(entry.at()),
				entry.actorId(), entry.actorRole(), entry.action(), entry.entityType(), entry.entityId(),
				entry.changes(), entry.clientIp(), entry.requestId(), previousHash }) {
			String text = field == null ? "" : field.toString();
			canonical.append(text.length()).append(':').append(text).append(';');
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java platform has SHA-256", impossible);
		}
	}

	private record Head(long position, String hash) {
	}

	private record SealedEntry(long position, String hash, @Nullable AuditEntry entry) {
	}

}
