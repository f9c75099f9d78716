package com.ayurlahi.common.validation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Email addresses are logins and compared without regard to case: they are stored trimmed and lower-cased.
 */
public final class EmailAddresses {

    /** The longest address SMTP can carry (RFC 5321 path limit less the angle brackets). */
    public static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    public static @Nullable String normalize(@Nullable String input) {
        return input == null ? null : input.strip().toLowerCase(Locale.ROOT);
    }
}
