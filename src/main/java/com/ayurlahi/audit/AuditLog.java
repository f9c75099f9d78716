package com.ayurlahi.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.audit.internal.AuditEntries;
import com.ayurlahi.audit.internal.AuditSeals;

/**
 * Reading the audit log: search, CSV export and the chain check. Entries are written only
 * by the module's own listeners, never through this API.
 */
@Service
public class AuditLog {

	private static final String[] CSV_HEADER = { "seq", "at", "actorId", "actorRole", "action", "entityType",
			"entityId", "changes", "clientIp", "requestId", "id" };

	private final AuditEntries entries;

	private final AuditSeals seals;

	AuditLog(AuditEntries entries, AuditSeals seals) {
		this.entries = entries;
		this.seals = seals;
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> find(AuditQuery query, Pageable pageable) {
		return entries.find(query, pageable);
	}

	/**
	 * Writes the entries {@code query} selects as CSV (RFC 4180, a header line, oldest
	 * first).
	 */
	@Transactional(readOnly = true)
	public void exportCsv(AuditQuery query, Writer out) {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
			entries.forEach(query, entry -> {
				try {
					csv.printRecord(entry.seq(), DateTimeFormatter.ISO_INSTANT.format(entry.at()), entry.actorId(),
							entry.actorRole(), entry.action(), entry.entityType(), cell(entry.entityId()),
							cell(entry.changes()), entry.clientIp(), entry.requestId(), entry.id());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Text that users typed, made safe for spreadsheets: a cell that starts like a
	 * formula gets a leading apostrophe, so that opening the export never runs it.
	 */
	static String cell(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** Seals what is not sealed yet, then checks the whole chain. */
	public ChainVerification verifyChain() {
		seals.sealPending();
		return seals.verify();
	}

	/**
	 * Seals every entry that is not sealed yet (also done every few seconds in the
	 * background).
	 */
	public int sealPending() {
		return seals.sealPending();
	}

}
