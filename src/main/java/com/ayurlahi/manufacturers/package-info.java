/**
 * Manufacturers: one profile per MANUFACTURER user (company name, GSTIN, AYUSH
 * manufacturing licence, address, contact, settlement bank account), onboarding and the
 * team's decisions on it, and the commercial terms only an admin sets (commission rate,
 * Razorpay linked account). Only an approved manufacturer with a valid licence may sell.
 * Publishes {@link ManufacturerStatusChanged} for decisions and {@link ManufacturerSaved}
 * for every change; every change is audited.
 */
@NullMarked
package com.ayurlahi.manufacturers;

import org.jspecify.annotations.NullMarked;
