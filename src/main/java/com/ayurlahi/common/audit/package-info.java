/**
 * What a module says about each state or money change it makes, for the audit log:
 * published as an {@link AuditedChange} event inside the transaction of the change. The
 * audit module records it in that same transaction.
 */
@NullMarked
@NamedInterface("audit")
package com.ayurlahi.common.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
