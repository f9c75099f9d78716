package com.ayurlahi.manufacturers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.IndianTime;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.NotFoundException;
import com.ayurlahi.common.audit.AuditedChange;
import com.ayurlahi.common.gst.IndianState;
import com.ayurlahi.common.profile.ApprovalStatus;
import com.ayurlahi.users.AuthenticatedUser;
import com.ayurlahi.users.Role;

/**
 * Onboarding of manufacturers, the team's decisions on them and their commercial terms.
 * The owner and ADMIN change a profile, the owner, ADMIN and SUPPORT read it, only ADMIN
 * decides and sets terms. Every change is audited in its transaction; status changes are
 * published as {@link ManufacturerStatusChanged}.
 */
@Service
@Transactional
@EnableConfigurationProperties(ManufacturerSettings.class)
public class ManufacturerManagement {

	static final String ENTITY = "Manufacturer";

	private static final Pattern RAZORPAY_ACCOUNT = Pattern.compile("acc_[A-Za-z0-9]{14}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Manufacturers manufacturers;

	private final ManufacturerSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ManufacturerManagement(Manufacturers manufacturers, ManufacturerSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.manufacturers = manufacturers;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The owner's first submission, at the default commission rate; the profile waits for
	 * approval.
	 */
	public Manufacturer register(AuthenticatedUser owner, ManufacturerDetails details) {
		if (owner.role() != Role.MANUFACTURER) {
			throw new AccessDeniedException("Only manufacturer accounts can create a manufacturer profile");
		}
		if (manufacturers.existsByOwnerUserId(owner.id())) {
			throw alreadyRegistered();
		}
		requireUniqueGstin(details, null);
		Manufacturer manufacturer = saved(
				new Manufacturer(owner.id(), details, settings.defaultCommissionRate(), today(), now()));
		audit("MANUFACTURER_REGISTERED", manufacturer, Map.of());
		return manufacturer;
	}

	/**
	 * Changes by the owner (a rejected profile is resubmitted) or by an admin, who may
	 * change the terms in the same step; all of it or nothing.
	 */
	public Manufacturer update(UUID manufacturerId, ManufacturerDetails details, @Nullable ManufacturerTerms terms,
			AuthenticatedUser editor) {
		Manufacturer manufacturer = visibleTo(manufacturerId, editor, true);
		if (terms != null) {
			requireAdmin(editor);
		}
		requireUniqueGstin(details, manufacturerId);
		Map<String, @Nullable Object> before = manufacturer.auditedFields();
		ApprovalStatus statusBefore = manufacturer.getStatus();
		boolean resubmitted = false;
		if (editor.role() == Role.ADMIN) {
			manufacturer.updateByAdmin(details, today(), now());
		}
		else {
			resubmitted = manufacturer.updateByOwner(details, today(), now());
		}
		saved(manufacturer);
		audit(resubmitted ? "MANUFACTURER_RESUBMITTED" : "MANUFACTURER_UPDATED", manufacturer, before);
		if (resubmitted) {
			publishStatusChange(manufacturer, statusBefore);
		}
		return terms == null ? manufacturer : setTerms(manufacturerId, terms, editor);
	}

	/**
	 * The commission rate and Razorpay linked account: money settings, for an ADMIN only.
	 */
	public Manufacturer setTerms(UUID manufacturerId, ManufacturerTerms terms, AuthenticatedUser admin) {
		requireAdmin(admin);
		Manufacturer manufacturer = manufacturers.findById(manufacturerId)
			.orElseThrow(ManufacturerManagement::notFound);
		BigDecimal rate = terms.commissionRate();
		if (rate.scale() > 2 || rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
			throw new InvalidInputException("commissionRate",
					"Enter a percentage from 0 to 100 with at most two decimals.");
		}
		String account = terms.razorpayAccountId() == null || terms.razorpayAccountId().isBlank() ? null
				: terms.razorpayAccountId().strip();
		if (account != null && !RAZORPAY_ACCOUNT.matcher(account).matches()) {
			throw new InvalidInputException("razorpayAccountId",
					"A Razorpay linked account id looks like acc_Ab12Cd34Ef56Gh.");
		}
		Map<String, @Nullable Object> before = manufacturer.auditedFields();
		manufacturer.setTerms(rate.setScale(2, RoundingMode.UNNECESSARY), account, now());
		saved(manufacturer);
		audit("MANUFACTURER_TERMS_CHANGED", manufacturer, before);
		return manufacturer;
	}

	public Manufacturer approve(UUID manufacturerId, AuthenticatedUser admin) {
		return decide(manufacturerId, admin, "MANUFACTURER_APPROVED",
				manufacturer -> manufacturer.decideApprove(today(), now()));
	}

	public Manufacturer reject(UUID manufacturerId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(manufacturerId, admin, "MANUFACTURER_REJECTED",
				manufacturer -> manufacturer.decideReject(reason, now()));
	}

	public Manufacturer suspend(UUID manufacturerId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(manufacturerId, admin, "MANUFACTURER_SUSPENDED",
				manufacturer -> manufacturer.decideSuspend(reason, now()));
	}

	public Manufacturer reinstate(UUID manufacturerId, @Nullable String reason, AuthenticatedUser admin) {
		return decide(manufacturerId, admin, "MANUFACTURER_REINSTATED",
				manufacturer -> manufacturer.decideReinstate(reason, today(), now()));
	}

	@Transactional(readOnly = true)
	public Optional<Manufacturer> findOwnedBy(UUID userId) {
		return manufacturers.findByOwnerUserId(userId);
	}

	/**
	 * A manufacturer for another module's service to act on, such as the orders module
	 * taking its state and terms into an order; whoever shows it to a user checks first
	 * that they may see it.
	 */
	@Transactional(readOnly = true)
	public Optional<Manufacturer> find(UUID manufacturerId) {
		return manufacturers.findById(manufacturerId);
	}

	/**
	 * A manufacturer as {@code viewer} may see it: its owner, ADMIN and SUPPORT; for
	 * anyone else it doesn't exist.
	 */
	@Transactional(readOnly = true)
	public Manufacturer get(UUID manufacturerId, AuthenticatedUser viewer) {
		return visibleTo(manufacturerId, viewer, false);
	}

	/** The admin queue: by status and state, searching company name and GSTIN. */
	@Transactional(readOnly = true)
	public Page<Manufacturer> search(@Nullable ApprovalStatus status, @Nullable IndianState state,
			@Nullable String search, Pageable pageable) {
		return manufacturers.search(status, state, search == null ? "" : search.strip().toLowerCase(Locale.ROOT),
				pageable);
	}

	private Manufacturer decide(UUID manufacturerId, AuthenticatedUser admin, String action,
			Consumer<Manufacturer> decision) {
		requireAdmin(admin);
		Manufacturer manufacturer = manufacturers.findById(manufacturerId)
			.orElseThrow(ManufacturerManagement::notFound);
		Map<String, @Nullable Object> before = manufacturer.auditedFields();
		ApprovalStatus statusBefore = manufacturer.getStatus();
		decision.accept(manufacturer);
		saved(manufacturer);
		audit(action, manufacturer, before);
		publishStatusChange(manufacturer, statusBefore);
		return manufacturer;
	}

	private Manufacturer visibleTo(UUID manufacturerId, AuthenticatedUser viewer, boolean forChange) {
		Manufacturer manufacturer = manufacturers.findById(manufacturerId)
			.orElseThrow(ManufacturerManagement::notFound);
		boolean owner = manufacturer.getOwnerUserId().equals(viewer.id());
		boolean staff = forChange ? viewer.role() == Role.ADMIN : viewer.role().isStaff();
		if (!owner && !staff) {
			throw notFound();
		}
		return manufacturer;
	}

	private static void requireAdmin(AuthenticatedUser user) {
		if (user.role() != Role.ADMIN) {
			throw new AccessDeniedException("Only an admin decides on manufacturers and sets their terms");
		}
	}

	private void requireUniqueGstin(ManufacturerDetails details, @Nullable UUID manufacturerId) {
		String gstin = details.gstin().value();
		if (manufacturerId == null ? manufacturers.existsByGstin(gstin)
				: manufacturers.existsByGstinAndIdNot(gstin, manufacturerId)) {
			throw duplicateGstin();
		}
	}

	/**
	 * Saves now, so that a unique constraint broken by a concurrent request is told apart
	 * from other failures, and tells the read models of other modules.
	 */
	private Manufacturer saved(Manufacturer manufacturer) {
		try {
			Manufacturer saved = manufacturers.saveAndFlush(manufacturer);
			events.publishEvent(ManufacturerSaved.of(saved));
			return saved;
		}
		catch (DataIntegrityViolationException violation) {
			String cause = String.valueOf(violation.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (cause.contains("manufacturers_gstin_unique")) {
				throw duplicateGstin();
			}
			if (cause.contains("manufacturers_owner_unique")) {
				throw alreadyRegistered();
			}
			throw violation;
		}
	}

	private void audit(String action, Manufacturer manufacturer, Map<String, @Nullable Object> before) {
		AuditedChange change = AuditedChange.of(action, ENTITY, manufacturer.getId())
			.fields(before, manufacturer.auditedFields());
		if (change.hasChanges()) {
			events.publishEvent(change);
		}
	}

	private void publishStatusChange(Manufacturer manufacturer, ApprovalStatus before) {
		events.publishEvent(new ManufacturerStatusChanged(manufacturer.getId(), manufacturer.getOwnerUserId(),
				manufacturer.getCompanyName(), before, manufacturer.getStatus(), manufacturer.getStatusReason(),
				now()));
	}

	private static ConflictException duplicateGstin() {
		return new ConflictException("gstin", "Another manufacturer is already registered with this GSTIN.");
	}

	private static ConflictException alreadyRegistered() {
		return new ConflictException("Your account already has a manufacturer profile; edit it instead.");
	}

	private static NotFoundException notFound() {
		return new NotFoundException("There is no such manufacturer.");
	}

	private LocalDate today() {
		return IndianTime.today(clock);
	}

	private Instant now() {
		return clock.instant();
	}

}
