/**
 * Plumbing every module shares: request ids, error pages and problem+json, portal
 * navigation and validation of Indian identifiers. Holds no business state of its own.
 */
@NullMarked
package com.ayurlahi.common;

import org.jspecify.annotations.NullMarked;
