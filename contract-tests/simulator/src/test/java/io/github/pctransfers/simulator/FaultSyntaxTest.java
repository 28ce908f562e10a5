package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fault syntax of the header and the command line. */
class FaultSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "status=503                          | STATUS           | 503 | 0    | -  | 1",
        "status=429;retry-after=2            | STATUS           | 429 | 0    | 2  | 1",
        "status=429                          | STATUS           | 429 | 0    | 1  | 1",
        "latency=500ms                       | LATENCY          | 0   | 500  | -  | 1",
        "latency=2s, status=503              | STATUS           | 503 | 2000 | -  | 1",
        "reset;times=2                       | CONNECTION_RESET | 0   | 0    | -  | 2",
        " MALFORMED-BODY ; latency=10        | MALFORMED_BODY   | 0   | 10   | -  | 1"})
    void readsTheFaultSyntax(String spec, SimulatedFault.Kind kind, int status, long latencyMillis, String retryAfter,
            int times) {
        SimulatedFault fault = FaultSyntax.parse(spec);

        assertThat(fault.kind()).isEqualTo(kind);
        assertThat(fault.status()).isEqualTo(status);
        assertThat(fault.latency()).isEqualTo(Duration.ofMillis(latencyMillis));
        assertThat(fault.retryAfter()).isEqualTo("-".equals(retryAfter) ? null
                : Duration.ofSeconds(Long.parseLong(retryAfter)));
        assertThat(fault.times()).isEqualTo(times);
        assertThat(FaultSyntax.parse(fault.toString())).as("toString reads back").isEqualTo(fault);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "error=900137 | 403 | 900137", "error=900138 | 403 | 900138", "error=900135;times=2 | 500 | 900135",
        "error=800001 | 401 | 800001"})
    void readsADocumentedErrorWithItsStatus(String spec, int status, int code) {
        SimulatedFault fault = FaultSyntax.parse(spec);

        assertThat(fault.kind()).isEqualTo(SimulatedFault.Kind.STATUS);
        assertThat(fault.status()).isEqualTo(status);
        assertThat(fault.errorCode()).isEqualTo(code);
        assertThat(FaultSyntax.parse(fault.toString())).as("toString reads back").isEqualTo(fault);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                          | empty fault",
        "explode                     | unknown fault item \"explode\"",
        "status=200                  | \"status=200\": must be 400 to 599",
        "status=abc                  | \"status=abc\": expected a whole number",
        "status=503;reset            | at most one of status, error, reset and malformed-body",
        "error=900139                | error=900139 is not a code a fault can answer",
        "status=403;error=900137     | at most one of status, error, reset and malformed-body",
        "status=503;retry-after=1    | retry-after goes with status=429",
        "latency=fast                | \"latency=fast\": expected a duration such as 500ms or 2s",
        "latency=11000s              | latency must be 0 to 10 minutes",
        "times=0;reset               | \"times=0\": must be 1 to 1000000",
        "reset=yes                   | fault item \"reset=yes\" takes no value",
        "times=3                     | does nothing"})
    void refusesAnUnreadableFaultSayingWhy(String spec, String message) {
        assertThatThrownBy(() -> FaultSyntax.parse(spec))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
