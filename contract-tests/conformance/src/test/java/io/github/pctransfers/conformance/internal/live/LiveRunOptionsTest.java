package io.github.pctransfers.conformance.internal.live;

import io.github.pctransfers.conformance.live.BearerToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.conformance.ConformanceRun;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The options of a live run that do not fit together are refused when the run is built. */
class LiveRunOptionsTest {
    private static final URI SERVER = URI.create("https://staging.example.com");

    static Stream<Arguments> refusedCombinations() {
        return Stream.of(
                refused("a HAR cannot be sent", b -> b.against(SERVER).har(Path.of("x.har"))),
                refused("coverage is not gated", b -> b.against(SERVER).requireCoverage(true)),
                refused("threads do not apply", b -> b.against(SERVER).threads(2)),
                refused("apply only to a live run", b -> b.allowWrites(true)),
                refused("apply only to a live run", b -> b.bearerToken("t")),
                refused("apply only to a live run", b -> b.beforeEachCase(() -> { })),
                refused("apply only to a live run", b -> b.requestTimeout(Duration.ofSeconds(1))));
    }

    private static Arguments refused(String message, UnaryOperator<ConformanceRun.Builder> options) {
        return Arguments.of(Named.of(message, options), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCombinations")
    void optionsThatDoNotFitALiveRunAreRefused(UnaryOperator<ConformanceRun.Builder> options, String message) {
        assertThatThrownBy(() -> options.apply(ConformanceRun.builder()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aBlankTokenOrAnOutOfRangeTimeoutIsRefused() {
        assertThatThrownBy(() -> ConformanceRun.builder().bearerToken("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ConformanceRun.builder().bearerToken("two words"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no spaces");
        assertThatThrownBy(() -> ConformanceRun.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConformanceRun.builder().requestTimeout(Duration.ofMinutes(11)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLiveRunDefaultsToThePlaceholderTokenAndTenSeconds() {
        ConformanceRun run = ConformanceRun.builder().against(SERVER).build();

        assertThat(run.live()).isTrue();
        assertThat(run.allowWrites()).isFalse();
        assertThat(run.bearerToken()).isSameAs(BearerToken.PLACEHOLDER);
        assertThat(run.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
