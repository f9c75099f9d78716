package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;

/** The demo plans, as unit tests build them (their ids are new each time). */
public final class TestPlans {

	private static final Instant CREATED = Instant.parse("2026-11-30T18:30:00Z");

	private TestPlans() {
	}

	public static Plan free() {
		return new Plan("FREE", 1, "Free", null, new BigDecimal("0.00"), new PlanFeatures(10, false, 7, false),
				CREATED);
	}

	public static Plan clinic() {
		return new Plan("CLINIC", 1, "Clinic", null, new BigDecimal("999.00"), new PlanFeatures(null, true, 7, false),
				CREATED);
	}

	public static Plan clinicPlus() {
		return new Plan("CLINIC_PLUS", 1, "Clinic Plus", null, new BigDecimal("2499.00"),
				new PlanFeatures(null, true, 15, true), CREATED);
	}

	/** A retired version. */
	public static Plan retired(Plan plan) {
		plan.retire(CREATED);
		return plan;
	}

}
