package com.ayurlahi.dashboards;

/**
 * How many things of one kind wait for someone, and the list that shows them.
 *
 * @param label what waits: "Payments flagged for review"
 * @param count how many
 * @param link the list, filtered to them
 * @param name a short name for tests and styles: "flagged-payments"
 */
public record ActionCount(String label, long count, String link, String name) {

	public boolean any() {
		return count > 0;
	}

}
