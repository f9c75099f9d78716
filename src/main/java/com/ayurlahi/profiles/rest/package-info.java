/**
 * The JSON endpoints every kind of profile shares ({@code /api/clinics},
 * {@code /api/manufacturers}), for the kinds' own controllers to extend.
 */
@NullMarked
@NamedInterface("rest")
package com.ayurlahi.profiles.rest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
