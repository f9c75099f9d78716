package com.ayurlahi.profiles;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A trading licence (a clinic's drug licence, a manufacturer's AYUSH manufacturing
 * licence) and the last day it is valid. An expired licence blocks trading until a
 * renewed one is saved.
 */
@Embeddable
public record Licence(@Column(name = "licence_number") String number,
		@Column(name = "licence_expiry") LocalDate expiry) {

	public boolean isExpiredOn(LocalDate day) {
		return expiry.isBefore(day);
	}
}
