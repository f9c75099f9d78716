package com.ayurlahi.storage.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ayurlahi.storage.StorageException;
import com.ayurlahi.storage.StoredObject;

class FilesystemObjectStorageTest {

	/** SHA-256 of "abc", from FIPS 180-2's examples. */
	private static final String SHA256_OF_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private static final String KEY = "invoices/2627/KVA-2627-000042-7f3c.pdf";

	@TempDir
	Path folder;

	@Test
	void keepsTheBytesUnderTheKeyAndReportsTheirSha256() throws IOException {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder.resolve("documents"));

		StoredObject stored = storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf");

		assertThat(stored).isEqualTo(new StoredObject(KEY, 3, SHA256_OF_ABC));
		assertThat(storage.get(KEY)).asString(UTF_8).isEqualTo("abc");
		Path file = folder.resolve("documents/invoices/2627/KVA-2627-000042-7f3c.pdf");
		assertThat(file).hasContent("abc");
		try (Stream<Path> neighbours = Files.list(file.getParent())) {
			assertThat(neighbours).as("no temporary file left behind").containsExactly(file);
		}
	}

	@Test
	void storesEmptyContentToo() {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder);

		StoredObject stored = storage.put("empty.txt", new byte[0], "text/plain");

		assertThat(stored.size()).isZero();
		assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(storage.get("empty.txt")).isEmpty();
	}

	@Test
	void aTakenKeyIsRefusedAndKeepsWhatWasStoredFirst() {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder);
		storage.put(KEY, "first".getBytes(UTF_8), "application/pdf");

		assertThatThrownBy(() -> storage.put(KEY, "second".getBytes(UTF_8), "application/pdf"))
			.isInstanceOf(StorageException.class)
			.hasMessageContaining(KEY)
			.hasMessageContaining("already exists");
		assertThat(storage.get(KEY)).asString(UTF_8).isEqualTo("first");
	}

	@Test
	void ofPutsRacingForOneKeyExactlyOneWinsAndNothingIsOverwritten() throws Exception {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder);
		int racers = 8;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StoredObject>> puts = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
			for (int racer = 0; racer < racers; racer++) {
				byte[] content = ("racer " + racer).getBytes(UTF_8);
				Callable<StoredObject> put = () -> {
					start.await();
					return storage.put(KEY, content, "application/pdf");
				};
				puts.add(pool.submit(put));
			}
			start.countDown();
		}

		List<StoredObject> winners = new ArrayList<>();
		List<Throwable> losers = new ArrayList<>();
		for (Future<StoredObject> put : puts) {
			try {
				winners.add(put.get());
			}
			catch (ExecutionException refused) {
				losers.add(refused.getCause());
			}
		}
		assertThat(winners).hasSize(1);
		assertThat(losers).hasSize(racers - 1)
			.allSatisfy(refused -> assertThat(refused).isInstanceOf(StorageException.class)
				.hasMessageContaining("already exists"));
		assertThat(Sha256.hex(Sha256.of(storage.get(KEY)))).isEqualTo(winners.getFirst().sha256());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "../outside.pdf", "invoices/../../outside.pdf", "/etc/passwd", "invoices\\a.pdf",
			"invoices//a.pdf", "invoices/", "./a.pdf", "invoices/.hidden", "..", "a b.pdf", "C:/a.pdf" })
	void refusesKeysThatCouldLeaveTheFolder(String key) throws IOException {
		Path root = Files.createDirectory(folder.resolve("documents"));
		FilesystemObjectStorage storage = new FilesystemObjectStorage(root);

		assertThatThrownBy(() -> storage.put(key, "abc".getBytes(UTF_8), "application/pdf"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
		try (Stream<Path> written = Files.walk(folder)) {
			assertThat(written).containsExactlyInAnyOrder(folder, root);
		}
	}

	@Test
	void refusesKeysLongerThanS3Allows() {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder);

		assertThatThrownBy(() -> storage.put("a".repeat(1025), new byte[0], "text/plain"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("1025");
	}

	@Test
	void aMissingKeyIsAStorageException() {
		FilesystemObjectStorage storage = new FilesystemObjectStorage(folder);

		assertThatThrownBy(() -> storage.get("invoices/2627/none.pdf")).isInstanceOf(StorageException.class)
			.hasMessageContaining("There is no object invoices/2627/none.pdf");
	}

	@Test
	void aFolderThatCannotBeWrittenIsAStorageException() throws IOException {
		Path notAFolder = Files.writeString(folder.resolve("documents"), "a file where the folder should be");
		FilesystemObjectStorage storage = new FilesystemObjectStorage(notAFolder);

		assertThatThrownBy(() -> storage.put(KEY, "abc".getBytes(UTF_8), "application/pdf"))
			.isInstanceOf(StorageException.class)
			.hasMessageContaining("Could not store " + KEY);
	}

}
