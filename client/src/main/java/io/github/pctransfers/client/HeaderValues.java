package io.github.pctransfers.client;

import java.util.regex.Pattern;

/** Checks caller-given header values, so that no CR, LF or other control character reaches the wire. */
final class HeaderValues {
    private static final Pattern SAFE = Pattern.compile("[\\x20-\\x7e]{1,256}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[^\\x20-\\x7e]");

    private HeaderValues() {
    }

    static String requireToken(String name, String value) {
        if (value == null || !SAFE.matcher(value).matches() || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be 1 to 256 printable ASCII characters, got "
                    + quoted(value));
        }
        return value;
    }

    /** A refused value as a message shows it: quoted, anything but printable ASCII as {@code ?}; null as null. */
    static String quoted(String value) {
        return value == null ? "null" : "\"" + UNPRINTABLE.matcher(value).replaceAll("?") + "\"";
    }
}
