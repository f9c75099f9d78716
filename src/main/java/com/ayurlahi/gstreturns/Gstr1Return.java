package com.ayurlahi.gstreturns;

import java.util.Map;

/**
 * A GSTR-1 with what its spreadsheet shows beyond the portal's JSON: the supplier's and
 * the recipients' legal names.
 *
 * @param recipientNames legal names by recipient GSTIN
 */
public record Gstr1Return(Gstr1 json, String supplierName, ReturnPeriod period, Map<String, String> recipientNames) {

	public String recipientName(String gstin) {
		return recipientNames.getOrDefault(gstin, "");
	}

}
