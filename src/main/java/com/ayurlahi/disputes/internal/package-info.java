/**
 * The disputes module's own: the dispute-escalation job and its schedule, and the dev
 * profile's demo disputes.
 */
@NullMarked
package com.ayurlahi.disputes.internal;

import org.jspecify.annotations.NullMarked;
