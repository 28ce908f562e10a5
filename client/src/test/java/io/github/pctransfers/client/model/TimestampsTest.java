package io.github.pctransfers.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.errors.ResponseDecodeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 0 to 9 fractional digits, Z, +00:00 and +0000; no offset means UTC. */
class TimestampsTest {
    private final ObjectMapper mapper = TransfersJson.newObjectMapper();

    @ParameterizedTest
    @CsvSource({
        "2020-03-27T18:22:33Z,                2020-03-27T18:22:33Z",
        "2020-03-27T18:22:33.2875302Z,        2020-03-27T18:22:33.2875302Z",
        "2020-03-25T22:24:23.183+00:00,       2020-03-25T22:24:23.183Z",
        "2020-03-25T22:24:34.59+00:00,        2020-03-25T22:24:34.59Z",
        "2020-03-25T22:24:34.59+0000,         2020-03-25T22:24:34.59Z",
        "2020-03-26T17:32:53.622599Z,         2020-03-26T17:32:53.622599Z",
        "2020-03-26T17:32:53.123456789Z,      2020-03-26T17:32:53.123456789Z",
        "2020-03-26T17:32:53.1234567,         2020-03-26T17:32:53.1234567Z",
        "2020-03-26T17:32:53,                 2020-03-26T17:32:53Z",
        "2020-03-26T19:32:53.5+02:00,         2020-03-26T17:32:53.5Z",
        "2020-03-26T12:02:53.5-0530,          2020-03-26T17:32:53.5Z"})
    void readsEveryFormPartnerCenterWrites(String text, String utc) {
        OffsetDateTime parsed = Timestamps.parse(text);
        assertThat(parsed.toInstant()).isEqualTo(OffsetDateTime.parse(utc).toInstant());
        if (!text.matches(".*([+-]\\d\\d:?\\d\\d|Z)$")) {
            assertThat(parsed.getOffset()).isEqualTo(ZoneOffset.UTC);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-26", "2020-03-26T17:32", "2020-03-26T17:32:53.1234567890Z", "yesterday",
        "2020-13-26T17:32:53Z", "2020-03-26 17:32:53Z"})
    void refusesWhatIsNoDateTime(String text) {
        assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-27T18:22:33.2875302Z", "2020-03-27T18:22:33", "2020-03-27T18:22:33.1+0000"})
    void modelsReadTheSameFormsThroughTheClientMapper(String text) throws Exception {
        TransferEntity entity = mapper.readValue("{\"createdTime\":\"" + text + "\"}", TransferEntity.class);
        assertThat(entity.getCreatedTime().toInstant()).isEqualTo(Timestamps.parse(text).toInstant());
        TransferSubmitResult result = mapper.readValue(
                "{\"orders\":[{\"creationDate\":\"" + text + "\"}]}", TransferSubmitResult.class);
        assertThat(result.getOrders().get(0).getCreationDate()).isEqualTo(Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"not a date\"", "12345"})
    void aBadTimestampInASuccessBodyIsAResponseDecodeExceptionThroughTheClient(String value) {
        // Through the mapper: a Jackson exception; the client turns it into ResponseDecodeException (see below).
        assertThatThrownBy(() -> mapper.readValue("{\"createdTime\":" + value + "}", TransferEntity.class))
                .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        assertThat(ResponseDecodeException.class).isAssignableTo(RuntimeException.class);
    }
}
