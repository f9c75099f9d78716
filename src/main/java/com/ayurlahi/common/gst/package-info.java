/**
 * India's GST facts the marketplace relies on: states and their codes, and GSTINs with
 * their check character.
 */
@NullMarked
@NamedInterface("gst")
package com.ayurlahi.common.gst;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
