package com.ayurlahi.manufacturers.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.ManufacturerTerms;
import com.ayurlahi.manufacturers.SettlementAccount;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.rest.ProfileRequest;

/**
 * A manufacturer profile as {@code POST /api/manufacturers} takes it, and as a
 * {@code PATCH} leaves it after merging: the shared fields and the manufacturing licence.
 * {@code settlement} extends the contract (needed before approval);
 * {@code commissionRate} and {@code razorpayAccountId} are for ADMIN only.
 */
public class ManufacturerRequest extends ProfileRequest {

	@NotBlank(message = "is required")
	@Size(max = 60, message = "must be at most 60 characters")
	@PlainText
	private @Nullable String licenseNumber;

	@NotNull(message = "is required")
	private @Nullable LocalDate licenseExpiry;

	@Valid
	private @Nullable Settlement settlement;

	private @Nullable BigDecimal commissionRate;

	private @Nullable String razorpayAccountId;

	@Override
	protected void fillGapsFrom(BusinessProfile current) {
		super.fillGapsFrom(current);
		licenseNumber = licenseNumber != null ? licenseNumber : current.getLicence().number();
		licenseExpiry = licenseExpiry != null ? licenseExpiry : current.getLicence().expiry();
	}

	/** Whether this sets terms, which only the Ayurlahi team may. */
	boolean setsTerms() {
		return commissionRate != null || razorpayAccountId != null;
	}

	/**
	 * The terms this request sets, completed from the manufacturer's current ones; null
	 * when it sets none.
	 */
	@Nullable ManufacturerTerms termsOver(Manufacturer manufacturer) {
		if (!setsTerms()) {
			return null;
		}
		return new ManufacturerTerms(commissionRate != null ? commissionRate : manufacturer.getCommissionRate(),
				razorpayAccountId != null ? razorpayAccountId : manufacturer.getRazorpayAccountId());
	}

	ManufacturerDetails toManufacturerDetails() {
		return new ManufacturerDetails(toDetails(), settlement == null ? null : settlement.toDetails());
	}

	@Override
	protected @Nullable String licenceNumber() {
		return licenseNumber;
	}

	@Override
	protected @Nullable LocalDate licenceExpiry() {
		return licenseExpiry;
	}

	public @Nullable String getLicenseNumber() {
		return licenseNumber;
	}

	public void setLicenseNumber(@Nullable String licenseNumber) {
		this.licenseNumber = licenseNumber;
	}

	public @Nullable LocalDate getLicenseExpiry() {
		return licenseExpiry;
	}

	public void setLicenseExpiry(@Nullable LocalDate licenseExpiry) {
		this.licenseExpiry = licenseExpiry;
	}

	public @Nullable Settlement getSettlement() {
		return settlement;
	}

	public void setSettlement(@Nullable Settlement settlement) {
		this.settlement = settlement;
	}

	public @Nullable BigDecimal getCommissionRate() {
		return commissionRate;
	}

	public void setCommissionRate(@Nullable BigDecimal commissionRate) {
		this.commissionRate = commissionRate;
	}

	public @Nullable String getRazorpayAccountId() {
		return razorpayAccountId;
	}

	public void setRazorpayAccountId(@Nullable String razorpayAccountId) {
		this.razorpayAccountId = razorpayAccountId;
	}

	/** The settlement bank account; without an account number the one on file stays. */
	record Settlement(
			@NotBlank(message = "is required") @Size(max = 120,
					message = "must be at most 120 characters") @PlainText @Nullable String accountHolder,
			@NotBlank(message = "is required") @Pattern(regexp = SettlementAccount.IFSC_PATTERN,
					message = "must be an IFSC: 4 letters, 0, 6 letters or digits") @Nullable String ifsc,
			@Pattern(regexp = SettlementAccount.ACCOUNT_NUMBER_PATTERN,
					message = "must be 9 to 18 digits") @Nullable String accountNumber) {

		Settlement {
			ifsc = ifsc == null ? null : ifsc.strip().toUpperCase(Locale.ROOT);
		}

		ManufacturerDetails.Settlement toDetails() {
			return new ManufacturerDetails.Settlement(String.valueOf(accountHolder).strip(), String.valueOf(ifsc),
					accountNumber);
		}
	}

}
