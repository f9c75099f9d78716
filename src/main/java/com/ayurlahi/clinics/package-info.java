/**
 * Clinics: one profile per CLINIC user (legal name, GSTIN, drug licence, address,
 * contact), onboarded and decided on as every profile is (see the profiles module), under
 * the clinic's URLs. What is a clinic's own: only an approved clinic with a valid licence
 * may order. The contact person, phone and email are platform-owned: nothing shown to
 * manufacturers carries them. Publishes {@link ClinicStatusChanged}; every change is
 * audited.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "common::*", "profiles", "profiles::web", "profiles::rest", "users" })
package com.ayurlahi.clinics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
