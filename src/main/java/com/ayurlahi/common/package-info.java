/**
 * Plumbing every module shares: request ids, error pages and problem+json, portal
 * navigation, money and GST arithmetic, Indian addresses and the validation of Indian
 * identifiers, and the lanes of background work ({@code background}). Holds no business
 * state and no business rules of its own.
 */
@NullMarked
package com.ayurlahi.common;

import org.jspecify.annotations.NullMarked;
