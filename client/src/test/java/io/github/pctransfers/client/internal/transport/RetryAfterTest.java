package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.client.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Retry-After} as delay-seconds or HTTP-date (RFC 9110 section 10.2.3). */
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

    /** The spec's Retry-After header is delay-seconds or an IMF-fixdate (a oneOf); the client reads both. */
    @ParameterizedTest
    @ValueSource(strings = {"57", "Tue, 21 Jul 2020 04:10:58 GMT", "Wed, 21 Oct 2099 07:28:00 GMT"})
    void whatTheSpecDescribesTheClientReads(String value) {
        JsonNode branches = Fixtures.spec().at("/components/headers/RetryAfter/schema/oneOf");
        assertThat(branches).extracting(b -> b.path("title").asText()).containsExactly("delay-seconds", "HTTP-date");
        boolean seconds = Pattern.matches(branches.get(0).path("pattern").asText(), value);
        boolean date = Pattern.matches(branches.get(1).path("pattern").asText(), value);
        assertThat(seconds ^ date).as("exactly one branch of the oneOf matches " + value).isTrue();

        assertThat(RetryAfter.parse(value, CLOCK)).isPresent();
    }
}
