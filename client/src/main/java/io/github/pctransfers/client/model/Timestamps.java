package io.github.pctransfers.client.model;

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
}
