package com.ayurlahi.common.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A state or money change, as the module that made it describes it for the audit log:
 * what was done ({@code action}, e.g. {@code CLINIC_APPROVED}), to what
 * ({@code entityType}, {@code entityId}) and which fields changed from what to what.
 * Publish it with the application's event publisher inside the transaction of the change;
 * the audit log records it in that same transaction, or the change does not happen.
 * <p>
 * The actor is the signed-in user unless the change names another ({@link #by(Actor)}):
 * SYSTEM for jobs, an integration for webhooks.
 */
public final class AuditedChange {

	private final String action;

	private final String entityType;

	private final String entityId;

	private final Map<String, FieldChange> changes = new LinkedHashMap<>();

	private @Nullable Actor actor;

	private AuditedChange(String action, String entityType, String entityId) {
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
	}

	public static AuditedChange of(String action, String entityType, Object entityId) {
		return new AuditedChange(action, entityType, entityId.toString());
	}

	/**
	 * Records that {@code field} went from {@code before} to {@code after}; unchanged
	 * values are left out.
	 */
	public AuditedChange field(String field, @Nullable Object before, @Nullable Object after) {
		String from = before == null ? null : before.toString();
		String to = after == null ? null : after.toString();
		if (!Objects.equals(from, to)) {
			changes.put(field, new FieldChange(from, to));
		}
		return this;
	}

	/**
	 * Records every field whose value differs between the two snapshots (same keys, e.g.
	 * an entity's fields).
	 */
	public AuditedChange fields(Map<String, ? extends @Nullable Object> before,
			Map<String, ? extends @Nullable Object> after) {
		after.forEach((name, value) -> field(name, before.get(name), value));
		return this;
	}

	/** Records a value the change set or reported, without a "before". */
	public AuditedChange value(String field, @Nullable Object value) {
		changes.put(field, new FieldChange(null, value == null ? null : value.toString()));
		return this;
	}

	public AuditedChange by(Actor actor) {
		this.actor = actor;
		return this;
	}

	public String action() {
		return action;
	}

	public String entityType() {
		return entityType;
	}

	public String entityId() {
		return entityId;
	}

	public Map<String, FieldChange> changes() {
		return Collections.unmodifiableMap(changes);
	}

	/** The actor the change names, if it does not come from the signed-in user. */
	public @Nullable Actor actor() {
		return actor;
	}

	public boolean hasChanges() {
		return !changes.isEmpty();
	}

	@Override
	public String toString() {
		return "AuditedChange[" + action + " " + entityType + " " + entityId + " " + changes.keySet() + "]";
	}

	/** A field's value before and after the change, as text. */
	public record FieldChange(@Nullable String before, @Nullable String after) {
	}

}
