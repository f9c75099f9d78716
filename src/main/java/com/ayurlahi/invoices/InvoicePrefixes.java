package com.ayurlahi.invoices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three letters that start a manufacturer's document numbers, taken from its name the
 * first time it issues one (Vaidya Herbal Formulations → VHF) and kept for good: numbers
 * already issued must keep meaning the same supplier. Two manufacturers never share
 * letters.
 */
@Component
class InvoicePrefixes {

	private static final Set<String> NOT_NAMES = Set.of("PVT", "PRIVATE", "LTD", "LIMITED", "LLP", "AND", "THE", "OF",
			"CO", "COMPANY", "INC");

	private static final int LENGTH = 3;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	InvoicePrefixes(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The manufacturer's letters, chosen now (in a transaction of their own) if it has
	 * none yet.
	 */
	String of(UUID manufacturerId, String name) {
		return existing(manufacturerId).orElseGet(() -> choose(manufacturerId, name));
	}

	private Optional<String> existing(UUID manufacturerId) {
		return jdbc.sql("select prefix from invoice_prefixes where manufacturer_id = ?")
			.param(manufacturerId)
			.query(String.class)
			.optional();
	}

	private String choose(UUID manufacturerId, String name) {
		for (int attempt = 0; attempt < 3; attempt++) {
			Set<String> taken = Set.copyOf(jdbc.sql("select prefix from invoice_prefixes").query(String.class).list());
			String free = candidates(name).stream()
				.filter(candidate -> !taken.contains(candidate))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No free invoice prefix for " + name));
			try {
				ownTransaction.executeWithoutResult(
						status -> jdbc.sql("insert into invoice_prefixes (manufacturer_id, prefix) values (?, ?)")
							.params(manufacturerId, free)
							.update());
				return free;
			}
			catch (DuplicateKeyException takenMeanwhile) {
				Optional<String> mine = existing(manufacturerId);
				if (mine.isPresent()) {
					return mine.get();
				}
			}
		}
		throw new IllegalStateException("Could not give " + name + " an invoice prefix");
	}

	/**
	 * Letters to try, best first: initials, then the first word's letters, then any other
	 * three letters.
	 */
	static List<String> candidates(String name) {
		List<String> words = Arrays.stream(name.toUpperCase(Locale.ROOT).split("[^A-Z]+"))
			.filter(word -> !word.isEmpty() && !NOT_NAMES.contains(word))
			.toList();
		if (words.isEmpty()) {
			words = List.of("MFR");
		}
		String first = (words.getFirst() + "XXX");
		Set<String> candidates = new LinkedHashSet<>();
		if (words.size() >= LENGTH) {
			candidates.add("" + words.get(0).charAt(0) + words.get(1).charAt(0) + words.get(2).charAt(0));
		}
		if (words.size() == 2) {
			String second = words.get(1) + "XX";
			candidates.add("" + first.charAt(0) + second.charAt(0) + second.charAt(1));
		}
		candidates.add(first.substring(0, LENGTH));
		List<String> more = new ArrayList<>();
		for (char third = 'A'; third <= 'Z'; third++) {
			more.add(first.substring(0, 2) + third);
		}
		for (char second = 'A'; second <= 'Z'; second++) {
			for (char third = 'A'; third <= 'Z'; third++) {
				more.add("" + first.charAt(0) + second + third);
			}
		}
		for (char initial = 'A'; initial <= 'Z'; initial++) {
			for (char second = 'A'; second <= 'Z'; second++) {
				for (char third = 'A'; third <= 'Z'; third++) {
					more.add("" + initial + second + third);
				}
			}
		}
		candidates.addAll(more);
		return List.copyOf(candidates);
	}

}
