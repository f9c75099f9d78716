package com.ayurlahi.subscriptions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.Actor;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.tax.GstCalculator;
import com.ayurlahi.common.tax.Money;
import com.ayurlahi.common.tax.TaxLine;
import com.ayurlahi.common.tax.TaxType;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * The team's plan catalogue: every version of every plan, a new plan, a new version of a
 * plan (a new price or new features; clinics on an older version keep it until they
 * change plan, and the older version takes no new subscribers from then on), and retiring
 * a version. Only an ADMIN changes it; each change is audited in its transaction
 * ({@code SUBSCRIPTION_PLAN_CREATED}, {@code SUBSCRIPTION_PLAN_VERSION_CREATED},
 * {@code SUBSCRIPTION_PLAN_RETIRED}).
 * <p>
 * A price is refused unless its GST comes to the same total whether the clinic pays CGST
 * + SGST or IGST (each computed per line and rounded on its own): Razorpay charges one
 * amount every month for a plan, whichever state the clinic is in.
 */
@Service
@Transactional
public class PlanCatalog {

	/** A plan's code: what its versions share. */
	public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	/** The highest monthly price a plan may have, excluding GST. */
	public static final BigDecimal MAX_PRICE = new BigDecimal("1000000.00");

	/** The most orders a month a limited plan may allow. */
	public static final int MAX_ORDERS_PER_MONTH = 100_000;

	private static final int MAX_NAME = 80;

	private static final int MAX_DESCRIPTION = 300;

	private final Plans plans;

	private final SubscriptionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanCatalog(Plans plans, SubscriptionSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** Every version of every plan: by code, the newest version first. */
	@Transactional(readOnly = true)
	public List<Plan> versions() {
		return plans.findAll()
			.stream()
			.sorted(Comparator.comparing(Plan::getCode).thenComparing(Plan::getVersion, Comparator.reverseOrder()))
			.toList();
	}

	/** One version. */
	@Transactional(readOnly = true)
	public Plan get(UUID planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFoundException("There is no such plan."));
	}

	/** A new plan, its version 1, offered at once. */
	public Plan create(String code, PlanTerms terms, AuthenticatedUser admin) {
		requireAdmin(admin);
		String checkedCode = checkedCode(code);
		check(terms);
		if (plans.findFirstByCodeOrderByVersionDesc(checkedCode).isPresent()) {
			throw new ConflictException("code", "A plan with the code " + checkedCode
					+ " exists already; make a new version of it instead, or choose another code.");
		}
		Plan plan = saved(new Plan(checkedCode, 1, terms.name().strip(), description(terms), terms.monthlyPrice(),
				terms.features(), clock.instant()));
		events.publishEvent(described(AuditedChange.of("SUBSCRIPTION_PLAN_CREATED", Plan.ENTITY, plan.getId()), plan)
			.by(actor(admin)));
		return plan;
	}

	/**
	 * A new version of the plan {@code planId} is a version of (numbered after its newest
	 * version), offered at once; the plan's versions offered until now are retired:
	 * clinics on them keep them, new subscribers get the new version.
	 */
	public Plan newVersion(UUID planId, PlanTerms terms, AuthenticatedUser admin) {
		requireAdmin(admin);
		check(terms);
		Plan base = get(planId);
		Plan newest = plans.findFirstByCodeOrderByVersionDesc(base.getCode()).orElse(base);
		Instant now = clock.instant();
		Plan next = saved(newest.nextVersion(terms.name().strip(), description(terms), terms.monthlyPrice(),
				terms.features(), now));
		AuditedChange created = AuditedChange.of("SUBSCRIPTION_PLAN_VERSION_CREATED", Plan.ENTITY, next.getId())
			.value("code", next.getCode())
			.value("version", next.getVersion())
			.value("previousVersionId", newest.getId())
			.field("name", newest.getName(), next.getName())
			.field("description", newest.getDescription(), next.getDescription())
			.field("monthlyPrice", newest.getMonthlyPrice().toPlainString(), next.getMonthlyPrice().toPlainString())
			.field("ordersPerMonth", newest.getFeatures().ordersText(), next.getFeatures().ordersText())
			.field("whatsappOrdering", newest.getFeatures().whatsappOrdering(), next.getFeatures().whatsappOrdering())
			.field("disputeWindowDays", newest.getFeatures().disputeWindowDays(),
					next.getFeatures().disputeWindowDays())
			.field("prioritySupport", newest.getFeatures().prioritySupport(), next.getFeatures().prioritySupport());
		events.publishEvent(created.by(actor(admin)));
		plans.findOffered()
			.stream()
			.filter(plan -> plan.getCode().equals(next.getCode()) && !plan.getId().equals(next.getId()))
			.forEach(older -> retired(older, "Replaced by version " + next.getVersion(), admin, now));
		return next;
	}

	/**
	 * No new clinic may subscribe to the version from now on; clinics on it keep it.
	 * Refused for the only offered version of the Free plan, which every clinic falls
	 * back to, and of the trial plan.
	 */
	public Plan retire(UUID planId, AuthenticatedUser admin) {
		requireAdmin(admin);
		Plan plan = plans.findForUpdate(planId).orElseThrow(() -> new NotFoundException("There is no such plan."));
		if (plan.isRetired()) {
			throw new ConflictException(plan.getName() + " (version " + plan.getVersion() + ") is retired already.");
		}
		Optional<String> fallback = fallbackRole(plan.getCode());
		boolean lastOffered = plans.findOffered()
			.stream()
			.noneMatch(other -> other.getCode().equals(plan.getCode()) && !other.getId().equals(plan.getId()));
		if (fallback.isPresent() && lastOffered) {
			throw new ConflictException(plan.getName() + " is " + fallback.get()
					+ ", so it can't be retired; make a new version of it instead.");
		}
		return retired(plan, null, admin, clock.instant());
	}

	private Plan retired(Plan plan, @Nullable String why, AuthenticatedUser admin, Instant now) {
		plan.retire(now);
		plans.save(plan);
		AuditedChange change = AuditedChange.of("SUBSCRIPTION_PLAN_RETIRED", Plan.ENTITY, plan.getId())
			.value("code", plan.getCode())
			.value("version", plan.getVersion())
			.field("retiredAt", null, now);
		if (why != null) {
			change.value("note", why);
		}
		events.publishEvent(change.by(actor(admin)));
		return plan;
	}

	/**
	 * Why the GST on {@code monthlyPrice} makes it unusable, in one line, or nothing when
	 * it comes to the same total with CGST + SGST as with IGST.
	 */
	public static Optional<String> gstMismatch(BigDecimal monthlyPrice, BigDecimal gstRate) {
		TaxLine intraState = GstCalculator.line(monthlyPrice, 1, gstRate, TaxType.INTRA_STATE);
		TaxLine interState = GstCalculator.line(monthlyPrice, 1, gstRate, TaxType.INTER_STATE);
		if (intraState.total().compareTo(interState.total()) == 0) {
			return Optional.empty();
		}
		return Optional.of(Money.format(monthlyPrice) + " comes to " + Money.format(intraState.total())
				+ " with CGST + SGST but " + Money.format(interState.total())
				+ " with IGST; choose a price whose GST is the same either way (whole rupees always are).");
	}

	private Optional<String> fallbackRole(String code) {
		if (code.equals(settings.freePlan())) {
			return Optional.of("the plan every clinic falls back to");
		}
		if (code.equals(settings.trialPlan())) {
			return Optional.of("the plan new clinics try");
		}
		return Optional.empty();
	}

	private void check(PlanTerms terms) {
		String name = terms.name().strip();
		if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("name", "Give the plan a name of at most 80 characters on one line.");
		}
		PlainTexts.require(name, "name", false);
		String description = description(terms);
		if (description != null && description.length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("description", "Use at most 300 characters.");
		}
		if (description != null) {
			PlainTexts.require(description, "description", true);
		}
		BigDecimal price = terms.monthlyPrice();
		if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException("monthlyPrice",
					"Enter a price from ₹0 to ₹10,00,000 excluding GST, with at most two decimals.");
		}
		gstMismatch(price, settings.gstRate()).ifPresent(mismatch -> {
			throw new InvalidInputException("monthlyPrice", mismatch);
		});
		PlanFeatures features = terms.features();
		Integer orders = features.ordersPerMonth();
		if (orders != null && (orders < 1 || orders > MAX_ORDERS_PER_MONTH)) {
			throw new InvalidInputException("ordersPerMonth",
					"Allow from 1 to 1,00,000 orders a month, or leave it empty for unlimited orders.");
		}
		if (features.disputeWindowDays() < 1 || features.disputeWindowDays() > PlanFeatures.MAX_DISPUTE_WINDOW_DAYS) {
			throw new InvalidInputException("disputeWindowDays", "The dispute window is from 1 to 90 days.");
		}
	}

	private static String checkedCode(String code) {
		String stripped = code.strip();
		if (!CODE.matcher(stripped).matches()) {
			throw new InvalidInputException("code",
					"Use 2 to 40 capital letters, digits or underscores, starting with a letter, such as CLINIC_PLUS.");
		}
		return stripped;
	}

	private static @Nullable String description(PlanTerms terms) {
		String description = terms.description();
		return description == null || description.isBlank() ? null : description.strip();
	}

	/** Saved at once, so that a version number taken meanwhile is a clear refusal. */
	private Plan saved(Plan plan) {
		try {
			return plans.saveAndFlush(plan);
		}
		catch (DataIntegrityViolationException taken) {
			throw new ConflictException("code", "Someone else saved version " + plan.getVersion() + " of "
					+ plan.getCode() + " at the same time; reload the plans and try again.");
		}
	}

	private static AuditedChange described(AuditedChange change, Plan plan) {
		PlanFeatures features = plan.getFeatures();
		return change.value("code", plan.getCode())
			.value("version", plan.getVersion())
			.value("name", plan.getName())
			.value("description", plan.getDescription())
			.value("monthlyPrice", plan.getMonthlyPrice().toPlainString())
			.value("ordersPerMonth", features.ordersText())
			.value("whatsappOrdering", features.whatsappOrdering())
			.value("disputeWindowDays", features.disputeWindowDays())
			.value("prioritySupport", features.prioritySupport());
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin changes the plans");
		}
	}

	private static Actor actor(AuthenticatedUser user) {
		return Actor.user(user.id(), user.role().name());
	}

}
