/**
 * {@code GET /api/audit}: the audit log for admins, page by page.
 */
@NullMarked
package com.ayurlahi.audit.rest;

import org.jspecify.annotations.NullMarked;
