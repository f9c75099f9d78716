package com.ayurlahi.whatsapp;

/**
 * Where a message we sent stands. Statuses only move forward (enqueued → sent → delivered
 * → read; a status may be skipped); FAILED and DELETED are final.
 */
public enum DeliveryStatus {

	ENQUEUED(1), SENT(2), DELIVERED(3), READ(4), FAILED(5), DELETED(5);

	private final int rank;

	DeliveryStatus(int rank) {
		this.rank = rank;
	}

	/** Whether a message in this status may move to {@code next}. */
	public boolean mayMoveTo(DeliveryStatus next) {
		return rank < 5 && next.rank > rank;
	}

}
