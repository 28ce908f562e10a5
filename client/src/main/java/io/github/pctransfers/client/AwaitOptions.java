package io.github.pctransfers.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link TransfersClient#awaitTransfer} polls: the first interval between two polls, how it grows
 * ({@code multiplier}) up to {@code maxInterval}, and the overall {@code timeout} after which the wait ends in a
 * {@link io.github.pctransfers.client.errors.TransferAwaitTimeoutException}. Immutable.
 *
 * <p>Defaults: 2 s, doubling, at most 60 s apart, for 30 minutes: about 20 polls in the 15 minutes a submitted
 * new-commerce transfer may stay pending, far below Partner Center's throttling limits. A transfer waiting for the
 * other partner can stay pending for days (30 before it expires): give such a wait a longer timeout, or poll it
 * from a scheduled job.
 */
public final class AwaitOptions {
    private static final AwaitOptions DEFAULTS = builder().build();

    private final Duration initialInterval;
    private final Duration maxInterval;
    private final double multiplier;
    private final Duration timeout;

    private AwaitOptions(Builder b) {
        this.initialInterval = b.initialInterval;
        this.maxInterval = b.maxInterval;
        this.multiplier = b.multiplier;
        this.timeout = b.timeout;
    }

    /**
     * 2 s, doubling, at most 60 s apart, for 30 minutes.
     *
     * @return 2 s, doubling, at most 60 s apart, for 30 minutes
     */
    public static AwaitOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The wait after the first poll.
     *
     * @return the wait after the first poll
     */
    public Duration initialInterval() {
        return initialInterval;
    }

    /**
     * The longest wait between two polls.
     *
     * @return the longest wait between two polls
     */
    public Duration maxInterval() {
        return maxInterval;
    }

    /**
     * What each wait is multiplied by to give the next one (1 keeps the interval fixed).
     *
     * @return what each wait is multiplied by to give the next one (1 keeps the interval fixed)
     */
    public double multiplier() {
        return multiplier;
    }

    /**
     * The overall deadline, counted from the call: every poll, every wait and every retry inside it.
     *
     * @return the overall deadline, counted from the call: every poll, every wait and every retry inside it
     */
    public Duration timeout() {
        return timeout;
    }

    /** The wait after the poll that followed a wait of {@code previous}: grown by the multiplier, capped. */
    Duration nextInterval(Duration previous) {
        double nanos = previous.toNanos() * multiplier;
        return nanos >= maxInterval.toNanos() ? maxInterval : Duration.ofNanos((long) nanos);
    }

    @Override
    public String toString() {
        return "AwaitOptions{initialInterval=" + initialInterval + ", maxInterval=" + maxInterval + ", multiplier="
                + multiplier + ", timeout=" + timeout + "}";
    }

    /** Builds {@link AwaitOptions}; {@link #build()} checks that the intervals fit together. */
    public static final class Builder {
        private Duration initialInterval = Duration.ofSeconds(2);
        private Duration maxInterval = Duration.ofSeconds(60);
        private double multiplier = 2.0;
        private Duration timeout = Duration.ofMinutes(30);

        private Builder() {
        }

        /**
         * The wait after the first poll (default 2 s).
         *
         * @param initialInterval the wait after the first poll (default 2 s)
         * @return this builder
         */
        public Builder initialInterval(Duration initialInterval) {
            this.initialInterval = RequestOptions.Builder.positive("initialInterval", initialInterval);
            return this;
        }

        /**
         * The longest wait between two polls (default 60 s); at least the initial interval.
         *
         * @param maxInterval the longest wait between two polls (default 60 s); at least the initial interval
         * @return this builder
         */
        public Builder maxInterval(Duration maxInterval) {
            this.maxInterval = RequestOptions.Builder.positive("maxInterval", maxInterval);
            return this;
        }

        /**
         * The backoff: each wait is the previous one times this (default 2; 1 polls at a fixed interval).
         *
         * @param multiplier the backoff: each wait is the previous one times this (default 2; 1 polls at a fixed
         *     interval)
         * @return this builder
         */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be a finite number of at least 1, got "
                        + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /**
         * The overall deadline of the wait (default 30 minutes).
         *
         * @param timeout the overall deadline of the wait (default 30 minutes)
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = RequestOptions.Builder.positive("timeout", timeout);
            return this;
        }

        /**
         * @throws IllegalArgumentException when the initial interval is longer than the maximum
         *
         * @return the await options
         */
        public AwaitOptions build() {
            Objects.requireNonNull(initialInterval, "initialInterval");
            if (initialInterval.compareTo(maxInterval) > 0) {
                throw new IllegalArgumentException("initialInterval " + initialInterval
                        + " must not be longer than maxInterval " + maxInterval);
            }
            return new AwaitOptions(this);
        }
    }
}
