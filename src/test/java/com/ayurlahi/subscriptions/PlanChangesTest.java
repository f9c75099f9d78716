package com.ayurlahi.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.subscriptions.PlanChangeQuote.Kind;

/**
 * What choosing a plan does, from each situation a clinic can be in: the kind of change,
 * from when it applies, when Razorpay first charges and what the authorisation charges.
 */
class PlanChangesTest {

	private static final BigDecimal GST = new BigDecimal("18.00");

	private static final UUID CLINIC_ID = UUID.randomUUID();

	private static final Instant CYCLE_START = ist("2026-12-05T15:30");

	private static final Instant CYCLE_END = ist("2027-01-05T15:30");

	private static final Instant NOW = ist("2026-12-24T11:00");

	private final Plan free = TestPlans.free();

	private final Plan clinic = TestPlans.clinic();

	private final Plan clinicPlus = TestPlans.clinicPlus();

	private final Function<UUID, Plan> plans = id -> Stream.of(free, clinic, clinicPlus)
		.filter(plan -> plan.getId().equals(id))
		.findFirst()
		.orElseThrow();

	@Test
	void aClinicOnItsTrialSubscribesAtOnceAndPaysTheFirstCycleOnAuthorisation() {
		PlanChangeQuote quote = decide(false, clinic);

		assertThat(quote.kind()).isEqualTo(Kind.SUBSCRIBE);
		assertThat(quote.effectiveFrom()).isEqualTo(NOW);
		assertThat(quote.startsAt()).isNull();
		assertThat(quote.subject()).isNull();
		assertThat(quote.chargedOnAuthorisation()).isEqualTo("1178.82");
		assertThat(quote.summary()).startsWith("Clinic applies as soon as you authorise the mandate: ₹1,178.82");
	}

	@Test
	void theFreePlanNeedsNoSubscription() {
		assertRefused(() -> decide(true, free), "Your clinic needs no subscription for the Free plan.");
	}

	@Test
	void aRetiredPlanTakesNoSubscribers() {
		assertRefused(() -> decide(false, TestPlans.retired(TestPlans.clinic())),
				"The Clinic plan takes no new subscribers.");
	}

	@Test
	void choosingThePlanThatWaitsForAuthorisationAnswersTheWaitingSubscription() {
		Subscription waiting = waiting(clinic);

		PlanChangeQuote quote = decide(false, clinic, waiting);

		assertThat(quote.kind()).isEqualTo(Kind.CONTINUE_WAITING);
		assertThat(quote.subject()).isSameAs(waiting);
		assertThat(quote.startsSubscription()).isFalse();
	}

	@Test
	void anotherPlanWhileOneWaitsForAuthorisationIsRefusedWithItsPage() {
		Subscription waiting = waiting(clinic);

		assertRefused(() -> decide(true, clinicPlus, waiting),
				"Your subscription to Clinic is waiting for you to authorise the mandate at "
						+ "https://rzp.example/sub_waiting: continue it, or cancel it before choosing another plan.");
	}

	@Test
	void anUpgradeAppliesAtOnceWithTheRestOfTheCycleChargedOnAuthorisation() {
		Subscription current = active(clinic);

		PlanChangeQuote quote = decide(true, clinicPlus, current);

		assertThat(quote.kind()).isEqualTo(Kind.UPGRADE);
		assertThat(quote.effectiveFrom()).isEqualTo(NOW);
		assertThat(quote.startsAt()).isEqualTo(CYCLE_END);
		assertThat(quote.replaces()).isEqualTo(current.getId());
		// ₹1,500 × 12 ÷ 31 = ₹580.65 + IGST ₹104.52
		assertThat(quote.chargedOnAuthorisation()).isEqualTo("685.17");
		assertThat(quote.monthlyTotal()).isEqualTo("2948.82");
		assertThat(quote.summary()).isEqualTo("Clinic Plus applies as soon as you authorise the mandate. ₹685.17 is "
				+ "charged then for the 12 of 31 days left in your cycle (the difference in price, GST included); "
				+ "from 5 Jan 2027 you pay ₹2,948.82 a month (GST included).");
	}

	@Test
	void aDowngradeAppliesFromTheEndOfThePaidCycleAndChargesNothingNow() {
		Subscription current = active(clinicPlus);

		PlanChangeQuote quote = decide(true, clinic, current);

		assertThat(quote.kind()).isEqualTo(Kind.DOWNGRADE);
		assertThat(quote.effectiveFrom()).isEqualTo(CYCLE_END);
		assertThat(quote.startsAt()).isEqualTo(CYCLE_END);
		assertThat(quote.upfront()).isNull();
		assertThat(quote.chargedOnAuthorisation()).isEqualTo("0.00");
	}

	@Test
	void theFreePlanFromAPaidUpSubscriptionCancelsItAtTheEndOfTheCycle() {
		Subscription current = active(clinic);

		PlanChangeQuote quote = decide(true, free, current);

		assertThat(quote.kind()).isEqualTo(Kind.CANCEL);
		assertThat(quote.effectiveFrom()).isEqualTo(CYCLE_END);
		assertThat(quote.subject()).isSameAs(current);
		assertThat(quote.startsSubscription()).isFalse();
	}

	@Test
	void thePlanTheClinicHasIsRefused() {
		Subscription current = active(clinic);

		assertRefused(() -> decide(true, clinic, current), "You are on the Clinic plan already.");
	}

	@Test
	void thePlanAgainAfterACancellationStartsFromTheEndOfTheCycle() {
		Subscription current = active(clinic);
		current.cancelAtCycleEnd(Actor.system(), NOW);

		PlanChangeQuote quote = decide(true, clinic, current);

		assertThat(quote.kind()).isEqualTo(Kind.RENEW);
		assertThat(quote.startsAt()).isEqualTo(CYCLE_END);
	}

	@Test
	void subscribingWhilePaidUpIsRefusedInFavourOfAChange() {
		Subscription current = active(clinic);

		assertRefused(() -> decide(false, clinicPlus, current),
				"You are subscribed to Clinic already: change your plan instead.");
	}

	@Test
	void fromAPastDueSubscriptionTheNewOneStartsAtOnceAndReplacesIt() {
		Subscription current = active(clinic);
		current.pending(NOW.minusSeconds(3600), NOW);

		PlanChangeQuote quote = decide(true, clinicPlus, current);

		assertThat(quote.kind()).isEqualTo(Kind.SUBSCRIBE);
		assertThat(quote.startsAt()).isNull();
		assertThat(quote.replaces()).isEqualTo(current.getId());
		assertThat(quote.chargedOnAuthorisation()).isEqualTo("2948.82");
		assertThat(quote.summary())
			.endsWith("Your unpaid Clinic subscription is cancelled once you have authorised the " + "new one.");
	}

	@Test
	void fromARestrictedSubscriptionTheSamePlanIsPaidAgainAndTheFreePlanCancelsItAtOnce() {
		Subscription current = active(clinic);
		current.halted(NOW.minusSeconds(3600), NOW);

		PlanChangeQuote again = decide(true, clinic, current);
		PlanChangeQuote toFree = decide(true, free, current);

		assertThat(again.kind()).isEqualTo(Kind.SUBSCRIBE);
		assertThat(again.replaces()).isEqualTo(current.getId());
		assertThat(toFree.kind()).isEqualTo(Kind.CANCEL);
		assertThat(toFree.effectiveFrom()).isNull();
	}

	@Test
	void anotherChangeWaitsUntilTheLastOneIsInPlace() {
		Subscription old = active(clinicPlus);
		Subscription downgrade = Subscription.create(CLINIC_ID, clinic, CYCLE_END, CYCLE_END, null, old, Actor.system(),
				NOW.minusSeconds(600));
		downgrade.madeAtGateway("sub_down", "https://rzp.example/sub_down", NOW);
		downgrade.authenticated("upi", NOW, NOW);
		old.replacedBy(downgrade, NOW);

		assertRefused(() -> decide(true, clinicPlus, downgrade, old),
				"Your change to Clinic is under way: your Clinic Plus subscription ends on 5 Jan 2027. You can change "
						+ "plan again after that, or cancel.");
	}

	@Test
	void withinThePlatformsStateTheUpgradeIsTaxedAsCgstAndSgst() {
		Subscription current = active(clinic);
		Instant lastDay = ist("2027-01-04T20:00");

		PlanChangeQuote quote = PlanChanges.decide(true, clinicPlus, List.of(current), plans, lastDay, GST,
				TaxType.INTRA_STATE);

		assertThat(quote.upfront()).isNotNull();
		assertThat(quote.upfront().charge().cgst()).isEqualTo("4.36");
		assertThat(quote.chargedOnAuthorisation()).isEqualTo("57.11");
	}

	private PlanChangeQuote decide(boolean change, Plan plan, Subscription... newestFirst) {
		return PlanChanges.decide(change, plan, List.of(newestFirst), plans, NOW, GST, TaxType.INTER_STATE);
	}

	private Subscription waiting(Plan plan) {
		Subscription subscription = Subscription.create(CLINIC_ID, plan, NOW, null, null, null, Actor.system(),
				NOW.minusSeconds(60));
		subscription.madeAtGateway("sub_waiting", "https://rzp.example/sub_waiting", NOW.minusSeconds(59));
		return subscription;
	}

	private Subscription active(Plan plan) {
		Subscription subscription = Subscription.create(CLINIC_ID, plan, CYCLE_START, null, null, null, Actor.system(),
				CYCLE_START.minusSeconds(120));
		subscription.madeAtGateway("sub_" + plan.getCode(), "https://rzp.example/sub", CYCLE_START.minusSeconds(100));
		subscription.active(CYCLE_START, CYCLE_END, CYCLE_END, 1, "upi", CYCLE_START, CYCLE_START);
		return subscription;
	}

	private static void assertRefused(Runnable choice, String message) {
		assertThatThrownBy(choice::run).isInstanceOfSatisfying(ConflictException.class, refused -> {
			assertThat(refused.getMessage()).isEqualTo(message);
			assertThat(refused.field()).isEqualTo("planId");
		});
	}

	private static Instant ist(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+05:30").toInstant();
	}

}
