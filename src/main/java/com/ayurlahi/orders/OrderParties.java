package com.ayurlahi.orders;

import java.math.BigDecimal;
import java.util.UUID;

import com.ayurlahi.common.gst.IndianState;

/**
 * The clinic and the manufacturer of an order as the order keeps them: names and GSTINs
 * for documents and labels, the owners' accounts to tell them what happens, the
 * supplier's state for the tax, and the commission rate agreed with the manufacturer.
 * Never the clinic's contact details.
 */
record OrderParties(UUID clinicId, UUID clinicUserId, String clinicName, String clinicGstin, UUID manufacturerId,
		UUID manufacturerUserId, String manufacturerName, String manufacturerGstin, IndianState manufacturerState,
		BigDecimal commissionRate) {
}
