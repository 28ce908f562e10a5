package io.github.pctransfers.conformance.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.gate.UnusableInputException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Which methods a live run sends to which server, and which URLs it refuses ({@code live/*.csv}). */
class LiveTargetTest {

    @ParameterizedTest(name = "{0} {1}, allowWrites={2}: {3}")
    @CsvFileSource(resources = "/live/write-policy.csv", numLinesToSkip = 1)
    void stateChangingMethodsGoOnlyToLoopbackHostsUnlessWritesAreAllowed(String url, String method,
            boolean allowWrites, String decision) throws UnusableInputException {
        LiveTarget target = LiveTarget.of(URI.create(url), allowWrites);

        if (decision.equals("sent")) {
            assertThat(target.refusal(method)).isEmpty();
        } else {
            assertThat(target.refusal(method)).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith("not sent: " + method + " changes state")
                    .contains("is not a loopback host", "--allow-writes"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/live/refused-urls.csv", numLinesToSkip = 1, delimiter = '|')
    void aUrlThatCannotBeUsedSafelyIsRefused(String url, String refusal) {
        assertThatThrownBy(() -> LiveTarget.of(URI.create(url), true))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining(refusal)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "https://staging.example.com|/v1/customers/c/transfers|https://staging.example.com/v1/customers/c/transfers",
        "https://gw.example.com/partner/|/v1/customers/c/transfers?x=1|https://gw.example.com/partner/v1/customers/c/transfers?x=1",
        "http://127.0.0.1:8080//|/v1/a|http://127.0.0.1:8080/v1/a"})
    void theDocumentedTargetIsAppendedToTheBasePath(String base, String target, String expected)
            throws UnusableInputException {
        assertThat(LiveTarget.of(URI.create(base), false).resolve(target)).hasToString(expected);
    }
}
