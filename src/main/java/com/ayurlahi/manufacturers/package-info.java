/**
 * Manufacturers: one profile per MANUFACTURER user (company name, GSTIN, AYUSH
 * manufacturing licence, address, contact), onboarded and decided on as every profile is
 * (see the profiles module), under the manufacturer's URLs. What is a manufacturer's own:
 * the bank account its settlements go to, and the commercial terms only an admin sets
 * (commission rate, Razorpay linked account). Only an approved manufacturer with a valid
 * licence may sell. Publishes {@link ManufacturerStatusChanged} for decisions and
 * {@link ManufacturerSaved} for every change; every change is audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "profiles", "profiles::web", "profiles::rest", "users" })
package com.ayurlahi.manufacturers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
