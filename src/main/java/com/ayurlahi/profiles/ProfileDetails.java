package com.ayurlahi.profiles;

import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.gst.Gstin;

/**
 * What a profile's owner (or an admin) fills in, whatever the kind of business: its name
 * and GSTIN, its licence, its address (whose state comes from the GSTIN) and the person
 * the platform talks to.
 */
public record ProfileDetails(String name, Gstin gstin, Licence licence, AddressLines addressLines,
		ContactDetails contact) {

	public ProfileDetails {
		name = name.strip();
	}

	/** The business's address, in the state of its GSTIN. */
	public PostalAddress address() {
		return addressLines.in(gstin.state());
	}

}
