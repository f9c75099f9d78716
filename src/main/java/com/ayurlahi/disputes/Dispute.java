package com.ayurlahi.disputes;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * A clinic's claim about the goods of one of its orders, and the one place its rules
 * live. It waits for the manufacturer until its deadline; the manufacturer accepts it
 * (resolved as asked), offers less (then it waits for the clinic, who accepts or sends it
 * to the team) or contests it (to the team); a deadline that passes sends it to the team
 * too. The team resolves or rejects what is escalated; the clinic may withdraw it before
 * that, and reopen a decided one once, within a week, with new evidence. Every change is
 * a step of its timeline and a {@link DisputeChanged} event, which the module audits in
 * the same transaction.
 */
@Entity
@Table(name = "disputes")
class Dispute extends AbstractAggregateRoot<Dispute> {

	static final String ENTITY = "Dispute";

	/** How many files a dispute takes, and as many again once it is reopened. */
	static final int MAX_EVIDENCE = 5;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	@Column(name = "dispute_number", updatable = false)
	private String disputeNumber;

	@Column(name = "order_id", updatable = false)
	private UUID orderId;

	@Column(name = "order_number", updatable = false)
	private String orderNumber;

	@Column(name = "open_order_id")
	private @Nullable UUID openOrderId;

	@Column(name = "clinic_id", updatable = false)
	private UUID clinicId;

	@Column(name = "clinic_user_id", updatable = false)
	private UUID clinicUserId;

	@Column(name = "clinic_name", updatable = false)
	private String clinicName;

	@Column(name = "manufacturer_id", updatable = false)
	private UUID manufacturerId;

	@Column(name = "manufacturer_user_id", updatable = false)
	private UUID manufacturerUserId;

	@Column(name = "manufacturer_name", updatable = false)
	private String manufacturerName;

	@Enumerated(EnumType.STRING)
	private DisputeStatus status;

	@Column(updatable = false)
	private String description;

	@Column(name = "respond_by")
	private @Nullable Instant respondBy;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Enumerated(EnumType.STRING)
	private @Nullable DisputeResolution resolution;

	@Column(name = "decision_note")
	private @Nullable String decisionNote;

	@Column(name = "refund_id")
	private @Nullable UUID refundId;

	@Column(name = "refund_total")
	private @Nullable BigDecimal refundTotal;

	@Column(name = "replacement_carrier")
	private @Nullable String replacementCarrier;

	@Column(name = "replacement_tracking")
	private @Nullable String replacementTracking;

	private boolean reopened;

	@Column(name = "opened_at", updatable = false)
	private Instant openedAt;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "dispute_lines", joinColumns = @JoinColumn(name = "dispute_id"))
	private List<DisputeLine> lines = new ArrayList<>();

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "dispute_timeline", joinColumns = @JoinColumn(name = "dispute_id"))
	private Set<DisputeStep> timeline = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "dispute_messages", joinColumns = @JoinColumn(name = "dispute_id"))
	private Set<DisputeMessage> messages = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "dispute_evidence", joinColumns = @JoinColumn(name = "dispute_id"))
	private Set<DisputeEvidence> evidence = new HashSet<>();

	private Dispute(String disputeNumber, DisputedOrder order, List<DisputeLine> lines, String description,
			Instant now) {
		this.id = UUID.randomUUID();
		this.disputeNumber = disputeNumber;
		this.orderId = order.orderId();
		this.orderNumber = order.orderNumber();
		this.openOrderId = order.orderId();
		this.clinicId = order.clinicId();
		this.clinicUserId = order.clinicUserId();
		this.clinicName = order.clinicName();
		this.manufacturerId = order.manufacturerId();
		this.manufacturerUserId = order.manufacturerUserId();
		this.manufacturerName = order.manufacturerName();
		this.status = DisputeStatus.AWAITING_MANUFACTURER;
		this.description = description;
		this.lines = new ArrayList<>(lines);
		this.openedAt = now;
		this.updatedAt = now;
	}

	protected Dispute() {
		// for JPA
		this.id = UUID.randomUUID();
		this.disputeNumber = "";
		this.orderId = id;
		this.orderNumber = "";
		this.clinicId = id;
		this.clinicUserId = id;
		this.clinicName = "";
		this.manufacturerId = id;
		this.manufacturerUserId = id;
		this.manufacturerName = "";
		this.status = DisputeStatus.AWAITING_MANUFACTURER;
		this.description = "";
		this.openedAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	/** A new dispute, waiting for the manufacturer's answer for {@code responseTime}. */
	static Dispute open(String disputeNumber, DisputedOrder order, List<DisputeLine> lines, String description,
			Actor clinic, Duration responseTime, Instant now) {
		Dispute dispute = new Dispute(disputeNumber, order, lines, description, now);
		dispute.respondBy = now.plus(responseTime);
		dispute.moved(DisputeAction.OPENED, null, DisputeStatus.AWAITING_MANUFACTURER, clinic, null, now);
		return dispute;
	}

	/**
	 * The manufacturer offers less than was asked: the clinic accepts it or sends it on.
	 */
	void offer(Map<UUID, Offer> offers, @Nullable String note, Actor manufacturer, Instant now) {
		require(DisputeAction.OFFERED, EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER), "answered");
		for (DisputeLine line : lines) {
			Offer offer = offers.get(line.orderItemId());
			if (offer == null) {
				line.clearOffer();
			}
			else {
				line.offer(offer.quantity(), offer.amount());
			}
		}
		answered(now);
		moved(DisputeAction.OFFERED, status, DisputeStatus.AWAITING_CLINIC, manufacturer, note, now);
	}

	/** What the manufacturer offered, line by line, while the clinic considers it. */
	Map<UUID, Offer> offered() {
		require(DisputeAction.OFFER_ACCEPTED, EnumSet.of(DisputeStatus.AWAITING_CLINIC), "accepted");
		Map<UUID, Offer> offered = new LinkedHashMap<>();
		for (DisputeLine line : lines) {
			if (line.offerQuantity() != null && line.offerAmount() != null) {
				offered.put(line.orderItemId(), new Offer(line.offerQuantity(), line.offerAmount()));
			}
		}
		return offered;
	}

	/** The manufacturer contests the claim: the team decides. */
	void contest(String reason, Actor manufacturer, Instant now) {
		require(DisputeAction.CONTESTED, EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER), "answered");
		answered(now);
		moved(DisputeAction.CONTESTED, status, DisputeStatus.ESCALATED, manufacturer, reason, now);
	}

	/** The clinic refuses the manufacturer's offer: the team decides. */
	void refuseOffer(@Nullable String note, Actor clinic, Instant now) {
		require(DisputeAction.OFFER_REFUSED, EnumSet.of(DisputeStatus.AWAITING_CLINIC), "refused");
		moved(DisputeAction.OFFER_REFUSED, status, DisputeStatus.ESCALATED, clinic, note, now);
	}

	/** The team takes the dispute over before the parties settled it. */
	void escalate(String note, Actor team, Instant now) {
		require(DisputeAction.ESCALATED, EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER, DisputeStatus.AWAITING_CLINIC),
				"escalated");
		moved(DisputeAction.ESCALATED, status, DisputeStatus.ESCALATED, team, note, now);
	}

	/**
	 * The manufacturer did not answer before its deadline: the team decides.
	 * @return whether it was overdue (and is escalated now)
	 */
	boolean escalateIfOverdue(Instant now) {
		if (status != DisputeStatus.AWAITING_MANUFACTURER || respondBy == null || respondBy.isAfter(now)) {
			return false;
		}
		moved(DisputeAction.OVERDUE, status, DisputeStatus.ESCALATED, Actor.system(),
				"The manufacturer did not answer in time.", now);
		return true;
	}

	/** The clinic withdraws the dispute before a decision. */
	void withdraw(@Nullable String note, Actor clinic, Instant now) {
		require(DisputeAction.WITHDRAWN,
				EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER, DisputeStatus.AWAITING_CLINIC, DisputeStatus.ESCALATED),
				"withdrawn");
		ended(now);
		moved(DisputeAction.WITHDRAWN, status, DisputeStatus.WITHDRAWN, clinic, note, now);
	}

	/**
	 * The dispute is resolved: the manufacturer accepted it as asked, the clinic accepted
	 * the offer, or the team decided. {@code settled} are the units and money (GST
	 * included; none for a replacement) each line settled for.
	 */
	void resolve(DisputeAction action, DisputeResolution how, Map<UUID, Offer> settled, @Nullable UUID refund,
			@Nullable BigDecimal refunded, @Nullable String note, Actor actor, Instant now) {
		Set<DisputeStatus> from = switch (action) {
			case ACCEPTED -> EnumSet.of(DisputeStatus.AWAITING_MANUFACTURER);
			case OFFER_ACCEPTED -> EnumSet.of(DisputeStatus.AWAITING_CLINIC);
			case DECIDED -> EnumSet.of(DisputeStatus.ESCALATED);
			default -> throw new IllegalArgumentException(action + " does not resolve a dispute");
		};
		require(action, from, "resolved");
		if (how == DisputeResolution.REJECTED) {
			throw new IllegalArgumentException("A rejection is not a resolution");
		}
		for (DisputeLine line : lines) {
			Offer offer = settled.get(line.orderItemId());
			if (offer != null) {
				line.settle(offer.quantity(), how.refunds() ? offer.amount() : null);
			}
		}
		if (action == DisputeAction.ACCEPTED) {
			answered(now);
		}
		resolution = how;
		if (refund != null && refunded != null) {
			refundId = refund;
			refundTotal = refundTotal == null ? refunded : refundTotal.add(refunded);
		}
		decisionNote = note;
		decidedAt = now;
		ended(now);
		moved(action, status, DisputeStatus.RESOLVED, actor, note, now);
	}

	/** Refuses a decision unless the dispute waits for one (it is escalated). */
	void requireDecidable() {
		require(DisputeAction.DECIDED, EnumSet.of(DisputeStatus.ESCALATED), "decided");
	}

	/** The team rejects the escalated dispute: nothing is owed to the clinic. */
	void reject(String reason, Actor admin, Instant now) {
		require(DisputeAction.DECIDED, EnumSet.of(DisputeStatus.ESCALATED), "decided");
		resolution = DisputeResolution.REJECTED;
		decisionNote = reason;
		decidedAt = now;
		ended(now);
		moved(DisputeAction.DECIDED, status, DisputeStatus.REJECTED, admin, reason, now);
	}

	/**
	 * The clinic reopens a decided dispute, once, within {@code reopenWithin} of the
	 * decision, with new evidence: it goes straight to the team.
	 */
	void reopen(String note, Actor clinic, Duration reopenWithin, Instant now) {
		require(DisputeAction.REOPENED, EnumSet.of(DisputeStatus.RESOLVED, DisputeStatus.REJECTED), "reopened");
		if (reopened) {
			throw new ConflictException("Dispute " + disputeNumber + " was reopened once already.");
		}
		Instant until = reopenableUntil(reopenWithin);
		if (until == null || !now.isBefore(until)) {
			throw new ConflictException("Dispute " + disputeNumber + " could be reopened until "
					+ DisputeDates.dateTime(until == null ? now : until) + ".");
		}
		reopened = true;
		resolution = null;
		moved(DisputeAction.REOPENED, status, DisputeStatus.ESCALATED, clinic, note, now);
	}

	/** The manufacturer shipped the replacement the dispute was resolved with. */
	void replacementShipped(String carrier, String trackingNumber, Actor manufacturer, Instant now) {
		if (status != DisputeStatus.RESOLVED || resolution != DisputeResolution.REPLACEMENT) {
			throw new ConflictException("Dispute " + disputeNumber + " was not resolved by a replacement.");
		}
		if (replacementTracking != null) {
			throw new ConflictException(
					"The replacement was shipped already (" + replacementCarrier + ", " + replacementTracking + ").");
		}
		replacementCarrier = carrier;
		replacementTracking = trackingNumber;
		updatedAt = now;
		moved(DisputeAction.REPLACEMENT_SHIPPED, status, status, manufacturer,
				"Replacement shipped with " + carrier + ", tracking " + trackingNumber + ".", now);
	}

	/** Someone writes on the thread, or the team adds an internal note. */
	DisputeMessage post(String text, boolean internal, Actor author, Instant now) {
		DisputeMessage message = new DisputeMessage(UUID.randomUUID(), now, author.userId(), author.role(), text,
				internal);
		messages.add(message);
		updatedAt = now;
		registerEvent(new DisputeMessagePosted(id, disputeNumber, message.id(), clinicUserId, manufacturerUserId,
				author, internal, now));
		return message;
	}

	/**
	 * A party gives a photo or PDF as evidence; at most five, and five more once
	 * reopened.
	 */
	void addEvidence(DisputeEvidence file, Actor uploader, Instant now) {
		requireEvidenceAccepted();
		evidence.add(file);
		updatedAt = now;
		registerEvent(new DisputeEvidenceAdded(id, disputeNumber, file.id(), file.fileName(), file.contentType(),
				file.size(), file.sha256(), uploader, now));
	}

	void requireEvidenceAccepted() {
		if (!evidenceAccepted()) {
			throw new ConflictException(evidence.size() >= maxEvidence()
					? "Dispute " + disputeNumber + " has all the evidence it can take (" + evidence.size() + " files)."
					: "Dispute " + disputeNumber + " is " + status.label().toLowerCase()
							+ "; it takes no more evidence.");
		}
	}

	/** Whether another file may be added now. */
	boolean evidenceAccepted() {
		return (status.isOpen() || status.isDecided() && !reopened) && evidence.size() < maxEvidence();
	}

	int maxEvidence() {
		return reopened ? 2 * MAX_EVIDENCE : MAX_EVIDENCE;
	}

	/** Until when the clinic may reopen it, if it may at all. */
	@Nullable Instant reopenableUntil(Duration reopenWithin) {
		return status.isDecided() && !reopened && decidedAt != null ? decidedAt.plus(reopenWithin) : null;
	}

	/** Whether {@code viewer} may see it: its clinic, its manufacturer, the team. */
	boolean isVisibleTo(AuthenticatedUser viewer) {
		return switch (viewer.role()) {
			case CLINIC -> clinicUserId.equals(viewer.id());
			case MANUFACTURER -> manufacturerUserId.equals(viewer.id());
			case ADMIN, SUPPORT -> true;
		};
	}

	private void require(DisputeAction action, Set<DisputeStatus> from, String what) {
		if (!from.contains(status)) {
			throw new ConflictException("Dispute " + disputeNumber + " is " + status.label().toLowerCase()
					+ "; it can't be " + what + " now.");
		}
	}

	private void answered(Instant now) {
		if (answeredAt == null) {
			answeredAt = now;
		}
		respondBy = null;
	}

	private void ended(Instant now) {
		openOrderId = null;
		respondBy = null;
		updatedAt = now;
	}

	private void moved(DisputeAction action, @Nullable DisputeStatus from, DisputeStatus to, Actor actor,
			@Nullable String note, Instant now) {
		status = to;
		if (to.isOpen()) {
			openOrderId = orderId;
		}
		updatedAt = now;
		timeline.add(new DisputeStep(timeline.size() + 1, to, now, actor.userId(), actor.role(), note));
		registerEvent(new DisputeChanged(id, disputeNumber, orderId, orderNumber, clinicUserId, manufacturerUserId,
				action, from, to, actor, note, resolution, refundTotal, now));
	}

	/** What the manufacturer offers, or a decision settles, on one line. */
	record Offer(int quantity, BigDecimal amount) {
	}

	UUID getId() {
		return id;
	}

	/**
	 * The optimistic lock's version, {@code null} until the entity is first persisted.
	 * Spring Data reads it to tell a new entity from a stored one; without a (public)
	 * getter it throws and catches an exception on every save before reading the field.
	 */
	public @Nullable Long getVersion() {
		return version;
	}

	String getDisputeNumber() {
		return disputeNumber;
	}

	UUID getOrderId() {
		return orderId;
	}

	String getOrderNumber() {
		return orderNumber;
	}

	UUID getClinicId() {
		return clinicId;
	}

	UUID getClinicUserId() {
		return clinicUserId;
	}

	String getClinicName() {
		return clinicName;
	}

	UUID getManufacturerId() {
		return manufacturerId;
	}

	UUID getManufacturerUserId() {
		return manufacturerUserId;
	}

	String getManufacturerName() {
		return manufacturerName;
	}

	DisputeStatus getStatus() {
		return status;
	}

	String getDescription() {
		return description;
	}

	@Nullable Instant getRespondBy() {
		return respondBy;
	}

	@Nullable Instant getAnsweredAt() {
		return answeredAt;
	}

	@Nullable DisputeResolution getResolution() {
		return resolution;
	}

	@Nullable String getDecisionNote() {
		return decisionNote;
	}

	@Nullable UUID getRefundId() {
		return refundId;
	}

	@Nullable BigDecimal getRefundTotal() {
		return refundTotal;
	}

	@Nullable String getReplacementCarrier() {
		return replacementCarrier;
	}

	@Nullable String getReplacementTracking() {
		return replacementTracking;
	}

	boolean isReopened() {
		return reopened;
	}

	Instant getOpenedAt() {
		return openedAt;
	}

	@Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	List<DisputeLine> getLines() {
		return List.copyOf(lines);
	}

	List<DisputeStep> getTimeline() {
		return timeline.stream().sorted(Comparator.comparingInt(DisputeStep::step)).toList();
	}

	List<DisputeMessage> getMessages() {
		return messages.stream()
			.sorted(Comparator.comparing(DisputeMessage::at).thenComparing(DisputeMessage::id))
			.toList();
	}

	List<DisputeEvidence> getEvidence() {
		return evidence.stream()
			.sorted(Comparator.comparing(DisputeEvidence::uploadedAt).thenComparing(DisputeEvidence::id))
			.toList();
	}

}
