package com.ayurlahi.profiles.web;

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
 * The portal's profile form: the fields every kind of profile has. Each kind's form adds
 * its licence's fields (named as its API names them) and whatever else is its own. GSTIN,
 * PIN code, phone and email are normalised as they are bound. A form bean rather than a
 * record, so that the kinds' forms can add to it and still bind flat, as their pages
 * post.
 */
public abstract class ProfileFormData {

	@NotBlank(message = "Enter the legal name, as on the GST registration.")
	@Size(max = 200, message = "Use at most 200 characters.")
	@PlainText
	private @Nullable String name;

	@ValidGstin
	private @Nullable String gstin;

	@NotBlank(message = "Enter the street address.")
	@Size(max = 120, message = "Use at most 120 characters.")
	@PlainText
	private @Nullable String addressLine1;

	@Size(max = 120, message = "Use at most 120 characters.")
	@PlainText
	private @Nullable String addressLine2;

	@NotBlank(message = "Enter the city or town.")
	@Size(max = 60, message = "Use at most 60 characters.")
	@PlainText
	private @Nullable String city;

	@NotBlank(message = "Enter the PIN code.")
	@Pattern(regexp = PostalAddress.PINCODE_PATTERN, message = "A PIN code has 6 digits and doesn't start with 0.")
	private @Nullable String pincode;

	@NotBlank(message = "Enter who we should talk to.")
	@Size(max = 120, message = "Use at most 120 characters.")
	@PlainText
	private @Nullable String contactPerson;

	@NotBlank(message = "Enter the contact's mobile number.")
	@IndianMobileNumber
	private @Nullable String phone;

	@NotBlank(message = "Enter the contact's email address.")
	@Email(message = "Enter a valid email address, like name@example.com.")
	@Size(max = EmailAddresses.MAX_LENGTH, message = "Use at most 254 characters.")
	private @Nullable String email;

	/** The licence's number, as this kind's form names it. */
	protected abstract @Nullable String licenceNumber();

	/** The licence's last valid day, as this kind's form names it. */
	protected abstract @Nullable LocalDate licenceExpiry();

	/** Fills the form with {@code profile}'s shared fields. */
	protected void fill(BusinessProfile profile) {
		PostalAddress address = profile.getAddress();
		name = profile.getName();
		gstin = profile.getGstin().value();
		addressLine1 = address.line1();
		addressLine2 = address.line2();
		city = address.city();
		pincode = address.pincode();
		contactPerson = profile.getContact().person();
		phone = profile.getContact().phone();
		email = profile.getContact().email();
	}

	/** What was filled in, once it is valid. */
	public ProfileDetails toDetails() {
		return new ProfileDetails(String.valueOf(name), Gstin.parse(String.valueOf(gstin)),
				new Licence(String.valueOf(licenceNumber()).strip(), required(licenceExpiry())),
				new AddressLines(String.valueOf(addressLine1), addressLine2, String.valueOf(city),
						String.valueOf(pincode)),
				new ContactDetails(String.valueOf(contactPerson).strip(), String.valueOf(phone),
						String.valueOf(email)));
	}

	private static LocalDate required(@Nullable LocalDate date) {
		if (date == null) {
			throw new IllegalStateException("A validated profile form has its licence's expiry");
		}
		return date;
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
