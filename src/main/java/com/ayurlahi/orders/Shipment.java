package com.ayurlahi.orders;

import org.jspecify.annotations.Nullable;

import com.ayurlahi.common.InvalidInputException;
import com.ayurlahi.common.validation.PlainTexts;

/**
 * How a shipped order travels: the carrier and its tracking number, both required to mark
 * an order shipped.
 */
public record Shipment(String carrier, String trackingNumber) {

	public Shipment {
		carrier = carrier.strip();
		trackingNumber = trackingNumber.strip();
		if (carrier.isEmpty() || carrier.length() > 60) {
			throw new InvalidInputException("carrier",
					"Enter the carrier (at most 60 characters), such as DTDC or India Post.");
		}
		if (trackingNumber.isEmpty() || trackingNumber.length() > 60) {
			throw new InvalidInputException("trackingNumber",
					"Enter the tracking number the carrier gave you (at most 60 characters).");
		}
		PlainTexts.require(carrier, "carrier", false);
		PlainTexts.require(trackingNumber, "trackingNumber", false);
	}

	/** The shipment the two values describe, or {@code null} when neither is given. */
	public static @Nullable Shipment of(@Nullable String carrier, @Nullable String trackingNumber) {
		boolean noCarrier = carrier == null || carrier.isBlank();
		boolean noTracking = trackingNumber == null || trackingNumber.isBlank();
		if (noCarrier && noTracking) {
			return null;
		}
		return new Shipment(noCarrier ? "" : carrier, noTracking ? "" : trackingNumber);
	}
}
