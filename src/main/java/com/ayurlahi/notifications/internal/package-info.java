/**
 * What other modules' events mean for their users.
 */
@NullMarked
package com.ayurlahi.notifications.internal;

import org.jspecify.annotations.NullMarked;
