/**
 * What clinic and manufacturer profiles have in common: a postal address in a state, a
 * licence with an expiry, a contact, and the approval lifecycle (pending, approved,
 * rejected, suspended).
 */
@NullMarked
@NamedInterface("profile")
package com.ayurlahi.common.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
