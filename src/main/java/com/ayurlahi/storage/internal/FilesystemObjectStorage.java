package com.ayurlahi.storage.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.storage.ObjectStorage;
import com.ayurlahi.storage.StorageException;
import com.ayurlahi.storage.StoredObject;

/**
 * Keeps objects as files in a folder on this machine, the key being the file's path below
 * it; used when no S3 bucket is configured (development and tests; prod refuses to start
 * without a bucket). The content type is not kept.
 * <p>
 * A put writes the bytes to a temporary file next to the target, forces them to disk,
 * then gives the file its key's name with a hard link. Unlike a rename, which on POSIX
 * systems silently replaces a file already there, creating a link fails when the name is
 * taken, in one atomic step: of two puts racing for one key exactly one wins, nothing is
 * ever overwritten, and a reader never sees half a file. Temporary names start with a
 * dot, which no key segment may ({@link ObjectKeys}), so they are never mistaken for
 * objects. (A filesystem without hard links, which is rare, fails every put with a
 * {@link StorageException} that says so.)
 */
final class FilesystemObjectStorage implements ObjectStorage {

	private final Path root;

	FilesystemObjectStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The folder the objects are kept in. */
	Path root() {
		return root;
	}

	@Override
	public StoredObject put(String key, byte[] content, String contentType) {
		Path target = fileOf(key);
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw taken(key, null);
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".", ".part");
			try {
				String sha256 = write(temporary, content);
				linkUnderKey(key, target, temporary);
				return new StoredObject(key, content.length, sha256);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new StorageException("Could not store " + key + " in " + root + ": " + e, e);
		}
	}

	@Override
	public byte[] get(String key) {
		Path file = fileOf(key);
		try {
			return Files.readAllBytes(file);
		}
		catch (NoSuchFileException e) {
			throw new StorageException("There is no object " + key + " in " + root, e);
		}
		catch (IOException e) {
			throw new StorageException("Could not read " + key + " from " + root + ": " + e, e);
		}
	}

	private Path fileOf(String key) {
		Path file = root.resolve(ObjectKeys.requireValid(key)).normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw new IllegalArgumentException("Object key " + key + " leads outside " + root);
		}
		return file;
	}

	/** Writes the content, computing its SHA-256 on the way, and forces it to disk. */
	private static String write(Path file, byte[] content) throws IOException {
		MessageDigest digest = Sha256.newDigest();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
				OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
			out.write(content);
			out.flush();
			channel.force(true);
		}
		return Sha256.hex(digest.digest());
	}

	private static void linkUnderKey(String key, Path target, Path temporary) throws IOException {
		try {
			Files.createLink(target, temporary);
		}
		catch (FileAlreadyExistsException e) {
			throw taken(key, e);
		}
		catch (UnsupportedOperationException e) {
			throw new StorageException("The filesystem of " + target.getParent() + " has no hard links, which storing "
					+ "without ever overwriting needs", e);
		}
	}

	private static StorageException taken(String key, @Nullable FileAlreadyExistsException cause) {
		String message = "Object " + key + " already exists; stored objects are never replaced";
		return cause == null ? new StorageException(message) : new StorageException(message, cause);
	}

}
