package io.github.pctransfers.client;

import java.time.Duration;

/** {@link Sleeper#system()}: a real wait on the calling thread. */
final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long nanos = duration.toNanos();
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        }
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
