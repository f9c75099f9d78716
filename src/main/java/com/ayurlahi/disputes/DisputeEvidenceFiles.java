package com.ayurlahi.disputes;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.ayurlahi.common.ContentTooLargeException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.Texts;
import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.StoredObject;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * The photos and PDFs given as evidence on disputes: a JPEG, PNG or PDF (known by its
 * first bytes, not its name) of at most 5 MB, kept in the object storage with its SHA-256
 * before the dispute records it, and handed out only to the dispute's clinic, its
 * manufacturer and the team.
 */
@Service
public class DisputeEvidenceFiles {

	/** The largest file a dispute takes. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private final Disputes disputes;

	private final DisputeReads reads;

	private final ObjectStorage storage;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DisputeEvidenceFiles(Disputes disputes, DisputeReads reads, ObjectStorage storage,
			PlatformTransactionManager transactions, Clock clock) {
		this.disputes = disputes;
		this.reads = reads;
		this.storage = storage;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Keeps {@code content} as evidence on the dispute: stored first, then recorded (a
	 * file whose recording fails stays unreferenced in the store, never the other way
	 * round).
	 * @throws InvalidInputException when it is not a JPEG, PNG or PDF, or is empty
	 * @throws ContentTooLargeException when it is larger than 5 MB
	 */
	public DisputeView add(UUID disputeId, String fileName, byte[] content, AuthenticatedUser uploader) {
		String type = typeOf(content);
		Dispute found = transaction.execute(status -> {
			Dispute dispute = reads.visibleTo(disputeId, uploader);
			dispute.requireEvidenceAccepted();
			return dispute;
		});
		UUID evidenceId = UUID.randomUUID();
		String key = "disputes/" + found.getId() + "/" + evidenceId + extension(type);
		StoredObject stored = storage.put(key, content, type);
		String name = Texts.shortened(cleanName(fileName), 200);
		return transaction.execute(status -> {
			Dispute dispute = reads.lockedFor(disputeId, uploader);
			dispute
				.addEvidence(
						new DisputeEvidence(evidenceId, key, name, type, stored.size(), stored.sha256(), uploader.id(),
								uploader.role().name(), clock.instant()),
						DisputeOpening.actor(uploader), clock.instant());
			disputes.save(dispute);
			return reads.view(dispute, uploader);
		});
	}

	/** A file given as evidence, for whoever may see the dispute. */
	public EvidenceFile open(UUID disputeId, UUID evidenceId, AuthenticatedUser viewer) {
		DisputeEvidence file = transaction.execute(status -> reads.visibleTo(disputeId, viewer)
			.getEvidence()
			.stream()
			.filter(candidate -> candidate.id().equals(evidenceId))
			.findFirst()
			.orElseThrow(DisputeReads::notFound));
		return new EvidenceFile(file.fileName(), file.contentType(), storage.get(file.storageKey()));
	}

	/** The type of the file by its first bytes. */
	public static String typeOf(byte[] content) {
		if (content.length == 0) {
			throw new InvalidInputException("file", "Choose a photo (JPEG or PNG) or a PDF.");
		}
		if (content.length > MAX_BYTES) {
			throw new ContentTooLargeException("file", "Files of at most 5 MB are taken; this one is "
					+ String.format(Locale.ENGLISH, "%.1f", content.length / (1024.0 * 1024.0)) + " MB.");
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		throw new InvalidInputException("file",
				"Only photos (JPEG or PNG) and PDFs are taken; this file is neither, whatever its name says.");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static String extension(String type) {
		return switch (type) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".pdf";
		};
	}

	private static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
		return name.isEmpty() ? "evidence" : name;
	}

	/** A file's name, type and bytes. */
	public record EvidenceFile(String fileName, String contentType, byte[] content) {
	}

}
