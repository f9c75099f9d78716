/**
 * Indian postal addresses: a business's own (its state from its GSTIN) and where an order
 * is delivered (its state the place of supply).
 */
@NullMarked
@NamedInterface("address")
package com.ayurlahi.common.address;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
