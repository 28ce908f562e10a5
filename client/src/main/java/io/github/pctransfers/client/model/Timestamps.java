package io.github.pctransfers.client.model;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads Partner Center timestamps. The service writes .NET {@code DateTime}s: 0 to 7 fractional digits,
 * {@code Z}, {@code +00:00} or {@code +0000}, and sometimes no offset at all, which means UTC.
 */
final class Timestamps {
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HH:MM:ss", "Z")
            .toFormatter();
    private static final DateTimeFormatter WITH_COMPACT_OFFSET = new DateTimeFormatterBuilder()
            .append(LOCAL)
            .appendOffset("+HHMM", "Z")
            .toFormatter();

    private Timestamps() {
    }

    /**
     * Parses a timestamp, keeping its offset.
     *
     * @throws DateTimeParseException when the text is no RFC 3339 date-time in any of the forms above
     */
    static OffsetDateTime parse(String text) {
        String t = text.trim();
        OffsetDateTime fast = parseCommonShape(t);
        return fast != null ? fast : parseWithFormatters(t);
    }

    /** The general path, and the reference the fast path is tested against. */
    static OffsetDateTime parseWithFormatters(String t) {
        try {
            return OffsetDateTime.parse(t, WITH_OFFSET);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t, WITH_COMPACT_OFFSET);
            } catch (DateTimeParseException ignored) {
                // A .NET DateTime of kind Unspecified has no offset: Partner Center means UTC.
                return LocalDateTime.parse(t, LOCAL).atOffset(ZoneOffset.UTC);
            }
        }
    }

    /**
     * The shapes Partner Center sends, read by hand: {@code yyyy-MM-ddTHH:mm:ss}, 0 to 9 fractional digits, then
     * {@code Z}, {@code ±HH:MM}, {@code ±HHMM} or nothing (UTC). Decoding a list spent a quarter of its CPU and
     * 40 % of its allocation in the formatters. Anything else, out-of-range fields included, gives
     * {@code null}, and the formatters above decide (and word the error).
     */
    private static OffsetDateTime parseCommonShape(String t) {
        int n = t.length();
        if (n < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nano = 0;
        if (i < n && t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 10 && isDigit(t.charAt(i))) {
                nano = nano * 10 + (t.charAt(i) - '0');
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return null;
            }
            for (int k = count; k < 9; k++) {
                nano *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n) {
            offset = ZoneOffset.UTC;
        } else if (t.charAt(i) == 'Z' && i + 1 == n) {
            offset = ZoneOffset.UTC;
        } else if (t.charAt(i) == '+' || t.charAt(i) == '-') {
            int sign = t.charAt(i) == '+' ? 1 : -1;
            int offsetHours = i + 3 <= n ? digits(t, i + 1, 2) : -1;
            int minutesAt = i + 3 < n && t.charAt(i + 3) == ':' ? i + 4 : i + 3;
            if (offsetHours < 0 || minutesAt + 2 != n) {
                return null;
            }
            int offsetMinutes = digits(t, minutesAt, 2);
            if (offsetMinutes < 0 || offsetHours > 18 || offsetMinutes > 59) {
                return null;
            }
            int offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
            if (Math.abs(offsetSeconds) > 18 * 3600) {
                return null;
            }
            offset = ZoneOffset.ofTotalSeconds(offsetSeconds);
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
