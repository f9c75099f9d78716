package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;

/**
 * One version of a plan: its name, monthly price excluding GST and features. A version is
 * never edited: a new price or feature is a new version of the same code, and subscribers
 * keep the version they subscribed to until they change plan. A retired version takes no
 * new subscribers. Razorpay's own plan for a paid version is made once, on its first
 * subscription.
 */
@Entity
@Table(name = "subscription_plans")
public class Plan {

	/** What the audit log calls a plan. */
	static final String ENTITY = "SubscriptionPlan";

	@Id
	private UUID id;

	@Column(updatable = false)
	private String code;

	@Column(updatable = false)
	private int version;

	@Column(updatable = false)
	private String name;

	@Column(updatable = false)
	private @Nullable String description;

	@Column(name = "monthly_price", updatable = false)
	private BigDecimal monthlyPrice;

	@Embedded
	private PlanFeatures features;

	@Column(name = "gateway_plan_id")
	private @Nullable String gatewayPlanId;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "retired_at")
	private @Nullable Instant retiredAt;

	Plan(String code, int version, String name, @Nullable String description, BigDecimal monthlyPrice,
			PlanFeatures features, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.version = version;
		this.name = name;
		this.description = description;
		this.monthlyPrice = monthlyPrice.setScale(2);
		this.features = features;
		this.createdAt = now;
	}

	protected Plan() {
		// for JPA
		this.id = UUID.randomUUID();
		this.code = "";
		this.name = "";
		this.monthlyPrice = BigDecimal.ZERO;
		this.features = new PlanFeatures(0, false, 1, false);
		this.createdAt = Instant.EPOCH;
	}

	/** The next version of this plan, with a new name, price and features. */
	Plan nextVersion(String newName, @Nullable String newDescription, BigDecimal newPrice, PlanFeatures newFeatures,
			Instant now) {
		return new Plan(code, version + 1, newName, newDescription, newPrice, newFeatures, now);
	}

	/** No new clinic may subscribe to this version from now on. */
	void retire(Instant now) {
		if (retiredAt != null) {
			throw new ConflictException(name + " (version " + version + ") is retired already.");
		}
		retiredAt = now;
	}

	/** Razorpay's plan for this version, made on its first subscription. */
	public void madeAtGateway(String planId) {
		if (gatewayPlanId != null && !gatewayPlanId.equals(planId)) {
			throw new ConflictException(name + " already has Razorpay plan " + gatewayPlanId + ".");
		}
		gatewayPlanId = planId;
	}

	public boolean isFree() {
		return monthlyPrice.signum() == 0;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	public UUID getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public int getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public BigDecimal getMonthlyPrice() {
		return monthlyPrice;
	}

	public PlanFeatures getFeatures() {
		return features;
	}

	public @Nullable String getGatewayPlanId() {
		return gatewayPlanId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public @Nullable Instant getRetiredAt() {
		return retiredAt;
	}

}
