package com.ayurlahi.common.gst;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh, valid GSTINs for tests (each a new random PAN), so tests never collide on the
 * unique GSTIN.
 */
public final class TestGstins {

	private TestGstins() {
	}

	public static Gstin random(IndianState state) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder first14 = new StringBuilder(state.code());
		for (int i = 0; i < 5; i++) {
			first14.append((char) ('A' + random.nextInt(26)));
		}
		first14.append(String.format("%04d", random.nextInt(10_000)));
		first14.append((char) ('A' + random.nextInt(26))).append('1').append('Z');
		return new Gstin(first14.toString() + Gstin.checkCharacter(first14.toString()));
	}

}
