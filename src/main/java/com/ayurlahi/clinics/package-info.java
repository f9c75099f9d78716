/**
 * Clinics: one profile per CLINIC user (legal name, GSTIN, drug licence, address,
 * contact), onboarding and the team's decisions on it (approve, reject, suspend,
 * reinstate). Only an approved clinic with a valid licence may order. The contact person,
 * phone and email are platform-owned: nothing shown to manufacturers carries them.
 * Publishes {@link ClinicStatusChanged}; every change is audited.
 */
@NullMarked
package com.ayurlahi.clinics;

import org.jspecify.annotations.NullMarked;
