/**
 * Recording, storing and sealing audit entries.
 */
@NullMarked
package com.ayurlahi.audit.internal;

import org.jspecify.annotations.NullMarked;
