package com.ayurlahi.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who the platform talks to at a business. A clinic's contact details are platform-owned:
 * manufacturers never see them.
 */
@Embeddable
public record ContactDetails(@Column(name = "contact_person") String person,
		@Column(name = "contact_phone") String phone, @Column(name = "contact_email") String email) {
}
