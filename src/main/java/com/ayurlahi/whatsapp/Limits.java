package com.ayurlahi.whatsapp;

/** WhatsApp's limits on what a message may hold. */
final class Limits {

	private Limits() {
	}

	static void require(boolean holds, String what) {
		if (!holds) {
			throw new IllegalArgumentException("A WhatsApp message takes " + what);
		}
	}

}
