/**
 * Bean Validation constraints and normalisers for identifiers all modules accept from
 * users.
 */
@NullMarked
@NamedInterface("validation")
package com.ayurlahi.common.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
