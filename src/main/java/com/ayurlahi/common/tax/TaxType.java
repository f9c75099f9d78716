package com.ayurlahi.common.tax;

import com.ayurlahi.common.gst.IndianState;

/**
 * Whether a supply is taxed within a state (CGST + SGST, or UTGST in a union territory
 * without a legislature) or across states (IGST): the supplier's state against the place
 * of supply, for goods the delivery state.
 */
public enum TaxType {

	INTRA_STATE, INTER_STATE;

	public static TaxType of(IndianState supplierState, IndianState placeOfSupply) {
		return supplierState == placeOfSupply ? INTRA_STATE : INTER_STATE;
	}

}
