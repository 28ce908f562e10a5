package io.github.pctransfers.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo simulator's clock: it starts at the real time and then runs {@code speed} times faster, so that a
 * transfer whose processing takes minutes of simulator time completes in a fraction of a second of the demo.
 */
final class FastForwardClock extends Clock {
    private final Instant origin;
    private final long originNanos;
    private final long speed;

    FastForwardClock(long speed) {
        this.origin = Instant.now();
        this.originNanos = System.nanoTime();
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        return origin.plus(Duration.ofNanos(System.nanoTime() - originNanos).multipliedBy(speed));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
