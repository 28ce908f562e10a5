package io.github.pctransfers.simulator;

import java.time.Duration;
import java.time.Instant;

/** A token bucket of {@code perSecond} tokens, refilled continuously at {@code perSecond} a second. */
final class TokenBucket {
    private final int perSecond;
    private double tokens;
    private Instant last;

    TokenBucket(int perSecond, Instant now) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.last = now;
    }

    /** Takes a token; returns zero when one was free, else how long until one will be. */
    synchronized Duration tryAcquire(Instant now) {
        if (now.isAfter(last)) {
            double elapsedSeconds = Duration.between(last, now).toNanos() / 1e9;
            tokens = Math.min(perSecond, tokens + elapsedSeconds * perSecond);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
    }

    synchronized void refill(Instant now) {
        tokens = perSecond;
        last = now;
    }
}
