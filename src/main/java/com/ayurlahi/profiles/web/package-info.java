/**
 * The pages every kind of profile shares, for the kinds' own controllers to extend: the
 * owner's portal home and profile form, the admin console's queue, detail page and
 * decisions, and the GSTIN check as it is typed.
 */
@NullMarked
@NamedInterface("web")
package com.ayurlahi.profiles.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
