package com.ayurlahi.manufacturers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.profiles.ApprovalStatus;
import com.ayurlahi.profiles.ProfileDetails;
import com.ayurlahi.profiles.ProfileOnboarding;
import com.ayurlahi.users.AuthenticatedUser;

/**
 * Onboarding of manufacturers and the team's decisions on them, as for every profile (see
 * {@link ProfileOnboarding}), and what is a manufacturer's own: the bank account its
 * settlements go to and the commercial terms only an ADMIN sets (commission rate,
 * Razorpay linked account). Status changes are published as
 * {@link ManufacturerStatusChanged}, and every saved change as {@link ManufacturerSaved}.
 */
@Service
@EnableConfigurationProperties(ManufacturerSettings.class)
public class ManufacturerManagement extends ProfileOnboarding<Manufacturer, ManufacturerDetails> {

	private static final Pattern RAZORPAY_ACCOUNT = Pattern.compile("acc_[A-Za-z0-9]{14}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ManufacturerSettings settings;

	private final ApplicationEventPublisher events;

	ManufacturerManagement(Manufacturers manufacturers, ManufacturerSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		super(Manufacturer.KIND, manufacturers, events, clock);
		this.settings = settings;
		this.events = events;
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
		updated(manufacturer, details, editor);
		return terms == null ? manufacturer : withTerms(manufacturerId, terms, editor);
	}

	/**
	 * The commission rate and Razorpay linked account: money settings, for an ADMIN only.
	 */
	public Manufacturer setTerms(UUID manufacturerId, ManufacturerTerms terms, AuthenticatedUser admin) {
		return withTerms(manufacturerId, terms, admin);
	}

	@Override
	protected Manufacturer newProfile(UUID ownerUserId, ManufacturerDetails details, LocalDate today, Instant now) {
		return new Manufacturer(ownerUserId, details, settings.defaultCommissionRate(), today, now);
	}

	@Override
	protected ProfileDetails shared(ManufacturerDetails details) {
		return details.profile();
	}

	@Override
	protected void applyOwn(Manufacturer manufacturer, ManufacturerDetails details) {
		manufacturer.changeSettlement(details);
	}

	@Override
	protected ManufacturerStatusChanged statusChanged(Manufacturer manufacturer, ApprovalStatus before, Instant at) {
		return new ManufacturerStatusChanged(manufacturer.getId(), manufacturer.getOwnerUserId(),
				manufacturer.getCompanyName(), before, manufacturer.getStatus(), manufacturer.getStatusReason(), at);
	}

	/** Tells the read models of other modules, in the transaction of the change. */
	@Override
	protected void saved(Manufacturer manufacturer) {
		events.publishEvent(ManufacturerSaved.of(manufacturer));
	}

	private Manufacturer withTerms(UUID manufacturerId, ManufacturerTerms terms, AuthenticatedUser admin) {
		requireAdmin(admin);
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
		return changedByAdmin(manufacturerId, admin, "TERMS_CHANGED",
				manufacturer -> manufacturer.setTerms(rate.setScale(2, RoundingMode.UNNECESSARY), account, now()));
	}

}
