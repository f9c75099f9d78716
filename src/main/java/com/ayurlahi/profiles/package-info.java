/**
 * Business profiles, whatever the kind of business (clinics, manufacturers): what every
 * profile has (name, GSTIN, licence, address, contact) and its approval lifecycle
 * (pending, approved, rejected, suspended) in {@link BusinessProfile}; onboarding and the
 * team's decisions, audited in their transactions, in {@link ProfileOnboarding}; the
 * pages ({@code web}) and the JSON endpoints ({@code rest}) every kind shares. Each
 * kind's own module extends these with what is its own and names its URLs.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "users" })
package com.ayurlahi.profiles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
