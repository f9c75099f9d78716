/**
 * The embedded mailbox that stands in for a mail server in development and tests: it
 * keeps the emails sent in memory and shows them at {@code /dev/mailbox}.
 */
@NullMarked
package com.ayurlahi.mail.mailbox;

import org.jspecify.annotations.NullMarked;
