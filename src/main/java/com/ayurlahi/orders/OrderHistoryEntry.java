package com.ayurlahi.orders;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.audit.Actor;

/**
 * One step of an order's history, a row of {@code order_status_history}: the status it
 * reached (or kept, when an item was cancelled or a note was added), when, by whom and
 * why. Never changed once written. (What other modules hear of a status change is the
 * {@link OrderStatusChanged} event.)
 */
@Entity
@Table(name = "order_status_history")
class OrderHistoryEntry {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "order_id", updatable = false)
	private Order order;

	/** 1, 2, 3… in the order the steps happened, even within the same instant. */
	@Column(updatable = false)
	private int step;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private OrderStatus status;

	@Column(updatable = false)
	private Instant at;

	@Column(name = "actor_id", updatable = false)
	private @Nullable UUID actorId;

	@Column(name = "actor_role", updatable = false)
	private String actorRole;

	@Column(updatable = false)
	private @Nullable String note;

	OrderHistoryEntry(Order order, int step, OrderStatus status, Instant at, Actor actor, @Nullable String note) {
		this.id = UUID.randomUUID();
		this.order = order;
		this.step = step;
		this.status = status;
		this.at = at;
		this.actorId = actor.userId();
		this.actorRole = actor.role();
		this.note = note;
	}

	protected OrderHistoryEntry() {
		// for JPA
	}

	OrderView.Step view() {
		return new OrderView.Step(status, at, actorRole, note);
	}

}
