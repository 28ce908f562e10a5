package io.github.pctransfers.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults that hold for the simulator's whole life (the {@code serve} flags): latency on every answer, a random
 * share of failing requests, and a rate limit. Immutable; {@link #none()} by default.
 */
public final class FaultSettings {
    private static final FaultSettings NONE = builder().build();

    private final Duration latency;
    private final double failRate;
    private final SimulatedFault failWith;
    private final int rateLimitPerSecond;
    private final long randomSeed;

    private FaultSettings(Builder b) {
        this.latency = b.latency;
        this.failRate = b.failRate;
        this.failWith = b.failWith;
        this.rateLimitPerSecond = b.rateLimitPerSecond;
        this.randomSeed = b.randomSeed;
    }

    /**
     * No latency, no failures, no rate limit.
     *
     * @return no latency, no failures, no rate limit
     */
    public static FaultSettings none() {
        return NONE;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Added to every answer.
     *
     * @return the duration
     */
    public Duration latency() {
        return latency;
    }

    /**
     * Share of requests (0 to 1) answered with {@link #failWith()}.
     *
     * @return share of requests (0 to 1) answered with {@link #failWith()}
     */
    public double failRate() {
        return failRate;
    }

    /** {@return the fault a random share of requests gets, or null} */
    public SimulatedFault failWith() {
        return failWith;
    }

    /**
     * Requests per second allowed (a token bucket of that size); 0 means no limit.
     *
     * @return the int
     */
    public int rateLimitPerSecond() {
        return rateLimitPerSecond;
    }

    /**
     * Seed of the random choice of failing requests, so that a run can be repeated.
     *
     * @return the long
     */
    public long randomSeed() {
        return randomSeed;
    }

    @Override
    public String toString() {
        return "FaultSettings{latency=" + latency.toMillis() + "ms, failRate=" + failRate + ", failWith=" + failWith
                + ", rateLimitPerSecond=" + rateLimitPerSecond + ", randomSeed=" + randomSeed + "}";
    }

    /** Builds {@link FaultSettings}. */
    public static final class Builder {
        private Duration latency = Duration.ZERO;
        private double failRate;
        private SimulatedFault failWith = SimulatedFault.serviceUnavailable();
        private int rateLimitPerSecond;
        private long randomSeed = 1;

        private Builder() {
        }

        /**
         * Latency added to every answer (0 to 10 minutes).
         *
         * @param latency the latency
         * @return this builder
         */
        public Builder latency(Duration latency) {
            this.latency = SimulatedFault.latency(latency).latency();
            return this;
        }

        /**
         * Answers a share {@code rate} (0 to 1) of requests, chosen at random, with {@code fault}.
         *
         * @param rate the rate
         * @param fault the fault
         * @return this builder
         */
        public Builder failRate(double rate, SimulatedFault fault) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("fail rate must be 0 to 1, got " + rate);
            }
            this.failRate = rate;
            this.failWith = Objects.requireNonNull(fault, "fault");
            return this;
        }

        /**
         * Allows {@code requestsPerSecond} requests a second (bursts up to that many); more get 429. 0: no limit.
         *
         * @param requestsPerSecond the requests per second
         * @return this builder
         */
        public Builder rateLimit(int requestsPerSecond) {
            if (requestsPerSecond < 0 || requestsPerSecond > 1_000_000) {
                throw new IllegalArgumentException("rate limit must be 0 to 1000000 per second, got "
                        + requestsPerSecond);
            }
            this.rateLimitPerSecond = requestsPerSecond;
            return this;
        }

        /**
         * Sets the random seed.
         *
         * @param randomSeed the random seed
         * @return this builder
         */
        public Builder randomSeed(long randomSeed) {
            this.randomSeed = randomSeed;
            return this;
        }

        /** {@return a new {@code FaultSettings} with this builder's settings} */
        public FaultSettings build() {
            return new FaultSettings(this);
        }
    }
}
