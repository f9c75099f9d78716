/**
 * The admin console's audit log: search, CSV export and the chain check.
 */
@NullMarked
package com.ayurlahi.audit.web;

import org.jspecify.annotations.NullMarked;
