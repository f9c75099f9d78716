package com.ayurlahi.common.gst;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * States and union territories by their GST state code (the first two digits of a GSTIN).
 */
public enum IndianState {

	JAMMU_AND_KASHMIR("01", "Jammu and Kashmir", false), HIMACHAL_PRADESH("02", "Himachal Pradesh", false),
	PUNJAB("03", "Punjab", false), CHANDIGARH("04", "Chandigarh", true), UTTARAKHAND("05", "Uttarakhand", false),
	HARYANA("06", "Haryana", false), DELHI("07", "Delhi", false), RAJASTHAN("08", "Rajasthan", false),
	UTTAR_PRADESH("09", "Uttar Pradesh", false), BIHAR("10", "Bihar", false), SIKKIM("11", "Sikkim", false),
	ARUNACHAL_PRADESH("12", "Arunachal Pradesh", false), NAGALAND("13", "Nagaland", false),
	MANIPUR("14", "Manipur", false), MIZORAM("15", "Mizoram", false), TRIPURA("16", "Tripura", false),
	MEGHALAYA("17", "Meghalaya", false), ASSAM("18", "Assam", false), WEST_BENGAL("19", "West Bengal", false),
	JHARKHAND("20", "Jharkhand", false), ODISHA("21", "Odisha", false), CHHATTISGARH("22", "Chhattisgarh", false),
	MADHYA_PRADESH("23", "Madhya Pradesh", false), GUJARAT("24", "Gujarat", false),
	DADRA_AND_NAGAR_HAVELI_AND_DAMAN_AND_DIU("26", "Dadra and Nagar Haveli and Daman and Diu", true),
	MAHARASHTRA("27", "Maharashtra", false), KARNATAKA("29", "Karnataka", false), GOA("30", "Goa", false),
	LAKSHADWEEP("31", "Lakshadweep", true), KERALA("32", "Kerala", false), TAMIL_NADU("33", "Tamil Nadu", false),
	PUDUCHERRY("34", "Puducherry", false), ANDAMAN_AND_NICOBAR_ISLANDS("35", "Andaman and Nicobar Islands", true),
	TELANGANA("36", "Telangana", false), ANDHRA_PRADESH("37", "Andhra Pradesh", false), LADAKH("38", "Ladakh", true),
	OTHER_TERRITORY("97", "Other Territory", true);

	private static final Map<String, IndianState> BY_CODE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(IndianState::code, Function.identity()));

	private final String code;

	private final String displayName;

	private final boolean unionTerritoryWithoutLegislature;

	IndianState(String code, String displayName, boolean unionTerritoryWithoutLegislature) {
		this.code = code;
		this.displayName = displayName;
		this.unionTerritoryWithoutLegislature = unionTerritoryWithoutLegislature;
	}

	/** The two-digit GST state code, e.g. {@code 32} for Kerala. */
	public String code() {
		return code;
	}

	public String displayName() {
		return displayName;
	}

	/** Union territories without a legislature levy UTGST instead of SGST. */
	public boolean isUnionTerritoryWithoutLegislature() {
		return unionTerritoryWithoutLegislature;
	}

	public static Optional<IndianState> ofCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	@Override
	public String toString() {
		return displayName + " (" + code + ")";
	}

}
