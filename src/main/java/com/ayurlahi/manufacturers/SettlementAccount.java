package com.ayurlahi.manufacturers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The bank account a manufacturer's settlements are paid into. The account number is
 * shown masked everywhere.
 */
@Embeddable
public record SettlementAccount(@Column(name = "settlement_account_holder") String accountHolder,
		@Column(name = "settlement_ifsc") String ifsc,
		@Column(name = "settlement_account_number") String accountNumber) {

	/** An IFSC: 4 letters (the bank), a 0, 6 letters or digits (the branch). */
	public static final String IFSC_PATTERN = "[A-Z]{4}0[A-Z0-9]{6}";

	/** Indian bank account numbers have 9 to 18 digits. */
	public static final String ACCOUNT_NUMBER_PATTERN = "[0-9]{9,18}";

	/** The account number with all but its last four digits hidden: XXXXXX1234. */
	public String maskedAccountNumber() {
		int visible = Math.min(4, accountNumber.length());
		return "X".repeat(accountNumber.length() - visible) + accountNumber.substring(accountNumber.length() - visible);
	}

	/** For templates. */
	public String getMaskedAccountNumber() {
		return maskedAccountNumber();
	}
}
