package com.ayurlahi.manufacturers.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.manufacturers.Manufacturer;
import com.ayurlahi.manufacturers.ManufacturerDetails;
import com.ayurlahi.manufacturers.SettlementAccount;
import com.ayurlahi.profiles.web.ProfileFormData;

/**
 * The manufacturer profile form: the shared fields, the manufacturing licence and the
 * settlement account. The account number is never shown back: left empty, the one on file
 * stays.
 */
public class ManufacturerProfileFormData extends ProfileFormData {

	@NotBlank(message = "Enter the manufacturing licence number (Form 25-D).")
	@Size(max = 60, message = "Use at most 60 characters.")
	@PlainText
	private @Nullable String licenseNumber;

	@NotNull(message = "Enter the date the licence expires.")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate licenseExpiry;

	@NotBlank(message = "Enter the account holder's name.")
	@Size(max = 120, message = "Use at most 120 characters.")
	@PlainText
	private @Nullable String accountHolder;

	@NotBlank(message = "Enter the branch's IFSC.")
	@Pattern(regexp = SettlementAccount.IFSC_PATTERN,
			message = "An IFSC has 11 characters: 4 letters, 0, then 6 letters or digits (e.g. SBIN0001234).")
	private @Nullable String ifsc;

	@Pattern(regexp = SettlementAccount.ACCOUNT_NUMBER_PATTERN, message = "Enter the account number: 9 to 18 digits.")
	private @Nullable String accountNumber;

	static ManufacturerProfileFormData of(Manufacturer manufacturer) {
		ManufacturerProfileFormData form = new ManufacturerProfileFormData();
		form.fill(manufacturer);
		form.licenseNumber = manufacturer.getLicence().number();
		form.licenseExpiry = manufacturer.getLicence().expiry();
		SettlementAccount settlement = manufacturer.getSettlement();
		if (settlement != null) {
			form.accountHolder = settlement.accountHolder();
			form.ifsc = settlement.ifsc();
		}
		return form;
	}

	ManufacturerDetails toManufacturerDetails() {
		return new ManufacturerDetails(toDetails(), new ManufacturerDetails.Settlement(
				String.valueOf(accountHolder).strip(), String.valueOf(ifsc), accountNumber));
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

	public @Nullable String getAccountHolder() {
		return accountHolder;
	}

	public void setAccountHolder(@Nullable String accountHolder) {
		this.accountHolder = accountHolder;
	}

	public @Nullable String getIfsc() {
		return ifsc;
	}

	public void setIfsc(@Nullable String ifsc) {
		this.ifsc = ifsc == null ? null : ifsc.strip().toUpperCase(Locale.ROOT);
	}

	public @Nullable String getAccountNumber() {
		return accountNumber;
	}

	public void setAccountNumber(@Nullable String accountNumber) {
		this.accountNumber = accountNumber == null || accountNumber.isBlank() ? null
				: accountNumber.replaceAll("\\s", "");
	}

}
