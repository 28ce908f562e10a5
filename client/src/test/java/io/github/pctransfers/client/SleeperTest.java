package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link Sleeper#system()}: a real wait, none for zero, and an interrupt ends it. */
class SleeperTest {

    @Test
    void theSystemSleeperWaitsAtLeastTheDuration() throws InterruptedException {
        long started = System.nanoTime();

        Sleeper.system().sleep(Duration.ofMillis(30));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    void aZeroWaitReturnsAtOnce() throws InterruptedException {
        long started = System.nanoTime();

        Sleeper.system().sleep(Duration.ZERO);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void anInterruptEndsTheWait() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sleeper.system().sleep(Duration.ofMinutes(1))).isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).isFalse();
    }
}
