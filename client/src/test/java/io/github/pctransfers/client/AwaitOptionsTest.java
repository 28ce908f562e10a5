package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The poll intervals: defaults, growth and cap, and the settings refused. */
class AwaitOptionsTest {
    @Test
    void theDefaultsPollAfterTwoSecondsDoublingUpToAMinuteForHalfAnHour() {
        AwaitOptions d = AwaitOptions.defaults();

        assertThat(d.initialInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(d.maxInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(d.multiplier()).isEqualTo(2.0);
        assertThat(d.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(intervals(d, 8)).containsExactly(2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void aMultiplierOfOnePollsAtAFixedInterval() {
        AwaitOptions fixed = AwaitOptions.builder().initialInterval(Duration.ofSeconds(5)).multiplier(1).build();

        assertThat(intervals(fixed, 4)).containsExactly(5L, 5L, 5L, 5L);
    }

    @Test
    void aFractionalMultiplierGrowsTheIntervalByThatFactor() {
        AwaitOptions slow = AwaitOptions.builder().initialInterval(Duration.ofSeconds(10)).multiplier(1.5)
                .maxInterval(Duration.ofSeconds(30)).build();

        assertThat(intervals(slow, 5)).containsExactly(10L, 15L, 22L, 30L, 30L);
    }

    @Test
    void settingsThatCannotWorkAreRefusedWhenSet() {
        assertThatThrownBy(() -> AwaitOptions.builder().initialInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialInterval");
        assertThatThrownBy(() -> AwaitOptions.builder().timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> AwaitOptions.builder().maxInterval(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AwaitOptions.builder().multiplier(0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiplier");
        assertThatThrownBy(() -> AwaitOptions.builder().multiplier(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwaitOptions.builder().multiplier(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInitialIntervalLongerThanTheMaximumIsRefusedOnBuild() {
        AwaitOptions.Builder b = AwaitOptions.builder().initialInterval(Duration.ofMinutes(2));

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialInterval PT2M must not be longer than maxInterval PT1M");
    }

    /** The first {@code n} waits, in whole seconds. */
    private static List<Long> intervals(AwaitOptions options, int n) {
        List<Long> seconds = new ArrayList<>();
        Duration d = options.initialInterval();
        for (int i = 0; i < n; i++) {
            seconds.add(d.getSeconds());
            d = options.nextInterval(d);
        }
        return seconds;
    }
}
