/**
 * Bean Validation constraints and normalisers for identifiers all modules accept from users.
 */
@NullMarked
package com.ayurlahi.common.validation;

import org.jspecify.annotations.NullMarked;
