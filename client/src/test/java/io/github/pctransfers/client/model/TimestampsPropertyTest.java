package io.github.pctransfers.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Over generated instants: every fraction length 0..9 and every offset spelling reads back the same instant. */
class TimestampsPropertyTest {

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2099-12-31T23:59:59Z").getEpochSecond())
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Provide
    Arbitrary<String> offsetSpellings() {
        return Arbitraries.of("Z", "+00:00", "+0000", "");
    }

    @Property
    void anyFractionLengthAndOffsetSpellingReadsTheSameInstant(@ForAll("instants") Instant instant,
            @ForAll @IntRange(min = 0, max = 9) int digits, @ForAll("offsetSpellings") String offset) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String fraction = String.format("%09d", local.getNano()).substring(0, digits);
        String text = local.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + (digits == 0 ? "" : "." + fraction) + offset;

        OffsetDateTime parsed = Timestamps.parse(text);

        Instant truncated = Instant.ofEpochSecond(instant.getEpochSecond(),
                digits == 0 ? 0 : Integer.parseInt(fraction) * (int) Math.pow(10, 9 - digits));
        assertThat(parsed.toInstant()).isEqualTo(truncated);
        assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Property
    void nonUtcOffsetsKeepTheirOffsetAndInstant(@ForAll("instants") Instant instant,
            @ForAll @IntRange(min = -12 * 4, max = 14 * 4) int quarterHours, @ForAll boolean compact) {
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(quarterHours * 15 * 60);
        OffsetDateTime original = instant.atOffset(zone);
        String text = original.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + (zone.getTotalSeconds() == 0 ? "Z" : compact ? zone.getId().replace(":", "") : zone.getId());

        OffsetDateTime parsed = Timestamps.parse(text);

        assertThat(parsed).isEqualTo(original);
    }

    @Provide
    Arbitrary<String> timestampLikeTexts() {
        Arbitrary<String> part = Arbitraries.of("2020", "0000", "9999", "-", "T", "t", ":", "12", "24", "60", "13",
                "00", "31", "29", ".", "5", "123456789", "1234567890", "Z", "z", "+", "-", "05:30", "0530", "18:00",
                "18:30", "+00:00", "-0000", " ", "", "02-29", "2021-02-29", "2020-03-26T17:32:53");
        return part.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join("", parts));
    }

    /** The hand-written fast path must read exactly what the formatters read, and refuse what they refuse. */
    @Property(tries = 3000)
    void theFastPathAndTheFormattersAgreeOnAnyText(@ForAll("timestampLikeTexts") String text) {
        OffsetDateTime expected;
        try {
            expected = Timestamps.parseWithFormatters(text.trim());
        } catch (java.time.format.DateTimeParseException refused) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Timestamps.parse(text))
                    .isInstanceOf(java.time.format.DateTimeParseException.class);
            return;
        }
        assertThat(Timestamps.parse(text)).isEqualTo(expected);
    }
}
