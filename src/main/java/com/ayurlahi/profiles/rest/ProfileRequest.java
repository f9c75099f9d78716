package com.ayurlahi.profiles.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.address.AddressLines;
import com.ayurlahi.common.address.PostalAddress;
import com.ayurlahi.common.gst.Gstin;
import com.ayurlahi.common.gst.ValidGstin;
import com.ayurlahi.common.validation.EmailAddresses;
import com.ayurlahi.common.validation.IndianMobileNumber;
import com.ayurlahi.common.validation.IndianMobileNumbers;
import com.ayurlahi.common.validation.PlainText;
import com.ayurlahi.profiles.BusinessProfile;
import com.ayurlahi.profiles.ContactDetails;
import com.ayurlahi.profiles.Licence;
import com.ayurlahi.profiles.ProfileDetails;

/**
 * A profile as {@code POST /api/clinics} and {@code /api/manufacturers} take it, with the
 * fields every kind has; each kind's request adds its licence's fields (named as the API
 * contract names them) and whatever else is its own. A {@code PATCH} sends only what
 * changes: {@link #fillGapsFrom} completes it from the profile on file before it is
 * checked. GSTIN, PIN code, phone and email are normalised as they are read. A bean
 * rather than a record, so that the kinds' requests can add to it and stay flat, as the
 * contract has them.
 */
public abstract class ProfileRequest {

	@NotBlank(message = "is required")
	@Size(max = 200, message = "must be at most 200 characters")
	@PlainText
	private @Nullable String name;

	@ValidGstin
	private @Nullable String gstin;

	@NotBlank(message = "is required")
	@Size(max = 120, message = "must be at most 120 characters")
	@PlainText
	private @Nullable String addressLine1;

	@Size(max = 120, message = "must be at most 120 characters")
	@PlainText
	private @Nullable String addressLine2;

	@NotBlank(message = "is required")
	@Size(max = 60, message = "must be at most 60 characters")
	@PlainText
	private @Nullable String city;

	@NotBlank(message = "is required")
	@Pattern(regexp = PostalAddress.PINCODE_PATTERN, message = "must be 6 digits, not starting with 0")
	private @Nullable String pincode;

	@NotBlank(message = "is required")
	@Size(max = 120, message = "must be at most 120 characters")
	@PlainText
	private @Nullable String contactPerson;

	@NotBlank(message = "is required")
	@IndianMobileNumber(message = "must be an Indian mobile number: +91 and 10 digits starting with 6-9")
	private @Nullable String phone;

	@NotBlank(message = "is required")
	@Email(message = "must be a valid email address")
	@Size(max = EmailAddresses.MAX_LENGTH, message = "must be at most 254 characters")
	private @Nullable String email;

	/** The licence's number, as this kind's request names it. */
	protected abstract @Nullable String licenceNumber();

	/** The licence's last valid day, as this kind's request names it. */
	protected abstract @Nullable LocalDate licenceExpiry();

	/** Takes what this request leaves out from {@code current}, for a {@code PATCH}. */
	protected void fillGapsFrom(BusinessProfile current) {
		PostalAddress address = current.getAddress();
		name = name != null ? name : current.getName();
		gstin = gstin != null ? gstin : current.getGstin().value();
		addressLine1 = addressLine1 != null ? addressLine1 : address.line1();
		addressLine2 = addressLine2 != null ? addressLine2 : address.line2();
		city = city != null ? city : address.city();
		pincode = pincode != null ? pincode : address.pincode();
		contactPerson = contactPerson != null ? contactPerson : current.getContact().person();
		phone = phone != null ? phone : current.getContact().phone();
		email = email != null ? email : current.getContact().email();
	}

	/** What was sent, once it is valid. */
	public ProfileDetails toDetails() {
		LocalDate expiry = licenceExpiry();
		if (expiry == null) {
			throw new IllegalStateException("A validated profile request has its licence's expiry");
		}
		return new ProfileDetails(String.valueOf(name), Gstin.parse(String.valueOf(gstin)),
				new Licence(String.valueOf(licenceNumber()).strip(), expiry),
				new AddressLines(String.valueOf(addressLine1), addressLine2, String.valueOf(city),
						String.valueOf(pincode)),
				new ContactDetails(String.valueOf(contactPerson).strip(), String.valueOf(phone),
						String.valueOf(email)));
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getGstin() {
		return gstin;
	}

	public void setGstin(@Nullable String gstin) {
		this.gstin = gstin == null ? null : Gstin.normalize(gstin);
	}

	public @Nullable String getAddressLine1() {
		return addressLine1;
	}

	public void setAddressLine1(@Nullable String addressLine1) {
		this.addressLine1 = addressLine1;
	}

	public @Nullable String getAddressLine2() {
		return addressLine2;
	}

	public void setAddressLine2(@Nullable String addressLine2) {
		this.addressLine2 = addressLine2;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getPincode() {
		return pincode;
	}

	public void setPincode(@Nullable String pincode) {
		this.pincode = pincode == null ? null : pincode.strip();
	}

	public @Nullable String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(@Nullable String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = IndianMobileNumbers.normalize(phone);
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = EmailAddresses.normalizeNullable(email);
	}

}
