/**
 * The team's WhatsApp console (ADMIN and SUPPORT, under {@code /admin/whatsapp}): the
 * channel's health, the conversations by number and the account each number belongs to,
 * the message log (both directions, with statuses and error codes), the outbox with the
 * messages that wait and those that failed (an ADMIN sends one again, audited), and the
 * consent log; and its JSON twin, {@code GET /api/admin/whatsapp/messages}. Read-only but
 * for the retry: it reads the module's tables and names accounts through the users
 * module's API. Phone numbers are shown to staff only.
 */
@NullMarked
package com.ayurlahi.whatsapp.console;

import org.jspecify.annotations.NullMarked;
