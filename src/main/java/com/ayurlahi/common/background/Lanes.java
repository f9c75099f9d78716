package com.ayurlahi.common.background;

/**
 * The lanes of background work: a thread pool of its own for each kind of work, so that a
 * burst of one kind never makes another wait. A lane is named on the listener that runs
 * in it, next to its {@code @ApplicationModuleListener}:
 *
 * <pre>
 * &#64;ApplicationModuleListener
 * &#64;Async(Lanes.NOTIFICATIONS)
 * void on(OrderStatusChanged change) { ... }
 * </pre>
 *
 * Each lane's threads are set by {@code ayurlahi.background.threads.<lane>}
 * ({@link LaneThreads}); its queue is unbounded and held in memory, which loses nothing:
 * what a crash drops from a queue is in the event publication registry (or, for the
 * inbox, in the table the webhook was stored in) and is handed out again. The actuator's
 * {@code executor.*} metrics, tagged with the lane's bean name, show each lane's queue.
 */
public final class Lanes {

	/**
	 * Applying what arrived from outside and was stored first: Razorpay's webhooks and
	 * WhatsApp's callbacks.
	 */
	public static final String INBOX = "inboxLane";

	/** Issuing documents: tax invoices and credit notes, each rendered to a PDF. */
	public static final String DOCUMENTS = "documentsLane";

	/**
	 * Telling people: in-app notifications and the WhatsApp messages put in the outbox.
	 */
	public static final String NOTIFICATIONS = "notificationsLane";

	/**
	 * Calls to Razorpay a decision made due: payout transfers and their release, refunds,
	 * payment links, subscription refunds and cancellations.
	 */
	public static final String GATEWAY = "gatewayLane";

	private Lanes() {
	}

}
