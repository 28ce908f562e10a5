package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Item 4: {@code Retry-After} as delay-seconds or HTTP-date (RFC 9110 section 10.2.3). */
class RetryAfterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-21T04:10:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"57, 57", "0, 0", "' 1 ', 1", "'Tue, 21 Jul 2020 04:10:58 GMT', 58",
        "'Tue, 21 Jul 2020 04:09:00 GMT', 0"})
    void readsSecondsAndDates(String value, long seconds) {
        assertThat(RetryAfter.parse(value, CLOCK)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-5", "soon", "1.5", "99999999999999999999", "2020-07-21T04:10:58Z"})
    void anythingElseIsIgnored(String value) {
        assertThat(RetryAfter.parse(value, CLOCK)).isEmpty();
    }
}
