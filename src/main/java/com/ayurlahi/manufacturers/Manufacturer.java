package com.ayurlahi.manufacturers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.ConflictException;
import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ProfileKind;
import com.ayurlahi.users.Role;

/**
 * A manufacturer's profile: the shared profile (see {@link BusinessProfile}) plus the
 * bank account settlements go to, and the platform's terms (commission rate, Razorpay
 * linked account) that only an admin sets. It can't be approved without a settlement
 * account.
 */
@Entity
@Table(name = "manufacturers")
@AttributeOverride(name = "name", column = @Column(name = "company_name"))
public class Manufacturer extends BusinessProfile {

	@Embedded
	private @Nullable SettlementAccount settlement;

	/**
	 * Which settlement account this is: 0 before the first, 1 for the first, one more at
	 * each change of account number.
	 */
	@Column(name = "settlement_account_serial")
	private int settlementAccountSerial;

	@Column(name = "commission_rate")
	private BigDecimal commissionRate;

	@Column(name = "razorpay_account_id")
	private @Nullable String razorpayAccountId;

	static final ProfileKind KIND = new ProfileKind("manufacturer", Role.MANUFACTURER, "manufacturing licence",
			"licenseExpiry");

	Manufacturer(UUID ownerUserId, ManufacturerDetails details, BigDecimal commissionRate, LocalDate today,
			Instant now) {
		super(ownerUserId, details.profile(), today, now);
		if (details.settlement() != null) {
			this.settlement = settlement(details.settlement(), null);
			this.settlementAccountSerial = 1;
		}
		this.commissionRate = commissionRate;
	}

	protected Manufacturer() {
		// for JPA
	}

	/**
	 * A new settlement account, if {@code details} give one; without one the account on
	 * file stays.
	 */
	void changeSettlement(ManufacturerDetails details) {
		if (details.settlement() != null) {
			SettlementAccount changed = settlement(details.settlement(), settlement);
			if (settlement == null || !settlement.accountNumber().equals(changed.accountNumber())) {
				settlementAccountSerial++;
			}
			settlement = changed;
		}
	}

	void setTerms(BigDecimal commissionRate, @Nullable String razorpayAccountId, Instant now) {
		this.commissionRate = commissionRate;
		this.razorpayAccountId = razorpayAccountId;
		touched(now);
	}

	/**
	 * Only an approved manufacturer whose licence is valid on {@code day} may list
	 * products clinics can order.
	 */
	public boolean maySellOn(LocalDate day) {
		return mayTradeOn(day);
	}

	/**
	 * The shared fields, the settlement account (masked, with its serial so that a switch
	 * to another account with the same last digits still shows: nothing derived from the
	 * hidden digits, which could be found again by trying them all), commission rate and
	 * Razorpay account.
	 */
	@Override
	protected Map<String, @Nullable Object> auditedFields() {
		Map<String, @Nullable Object> fields = super.auditedFields();
		fields.put("settlementAccountHolder", settlement == null ? null : settlement.accountHolder());
		fields.put("settlementIfsc", settlement == null ? null : settlement.ifsc());
		fields.put("settlementAccountNumber", settlement == null ? null
				: settlement.maskedAccountNumber() + " (account " + settlementAccountSerial + ")");
		fields.put("commissionRate", commissionRate.toPlainString());
		fields.put("razorpayAccountId", razorpayAccountId);
		return fields;
	}

	@Override
	protected void requireApprovable() {
		if (settlement == null) {
			throw new ConflictException("The manufacturer has not given a bank account for its settlements yet: "
					+ "it can't be approved without one.");
		}
	}

	private static SettlementAccount settlement(ManufacturerDetails.Settlement given,
			@Nullable SettlementAccount onFile) {
		String accountNumber = given.accountNumber() != null ? given.accountNumber()
				: onFile != null ? onFile.accountNumber() : null;
		if (accountNumber == null) {
			throw new InvalidInputException("accountNumber", "Enter the account number settlements are paid into.");
		}
		return new SettlementAccount(given.accountHolder(), given.ifsc(), accountNumber);
	}

	/** The bank account settlements go to, if given yet. */
	public @Nullable SettlementAccount getSettlement() {
		return settlement;
	}

	public BigDecimal getCommissionRate() {
		return commissionRate;
	}

	public @Nullable String getRazorpayAccountId() {
		return razorpayAccountId;
	}

	public String getCompanyName() {
		return getName();
	}

	@Override
	protected ProfileKind kind() {
		return KIND;
	}

}
