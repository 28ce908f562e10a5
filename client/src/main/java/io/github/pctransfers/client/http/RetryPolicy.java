package io.github.pctransfers.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how long to retry. Replaces Feign's defaults (which retry any method on I/O errors, never a 503, and
 * any status that carries Retry-After).
 *
 * <p>Retried: connection failures, timeouts, 408, 429, 500, 502, 503 and 504. The wait is the server's
 * {@code Retry-After} (seconds or HTTP-date, capped at {@link Builder#maxRetryAfter}) or else exponential backoff
 * with jitter. Attempts and total time are both bounded. POST and PATCH are retried only because the client sends
 * the same MS-RequestId on every attempt, which Partner Center uses as its idempotency key;
 * {@link Builder#retryOnlyIdempotentMethods} turns that off.
 */
public final class RetryPolicy {
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
    /** Methods retried under {@link Builder#retryOnlyIdempotentMethods}: the transfers API uses GET and DELETE. */
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "DELETE", "PUT");
    private static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Duration totalBudget;
    private final double jitter;
    private final boolean retryOnlyIdempotentMethods;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.totalBudget = b.totalBudget;
        this.jitter = b.jitter;
        this.retryOnlyIdempotentMethods = b.retryOnlyIdempotentMethods;
    }

    /**
     * 4 attempts, 0.5 s doubling to 8 s with 25 % jitter, Retry-After capped at 60 s, 2 minutes in all.
     *
     * @return 4 attempts, 0.5 s doubling to 8 s with 25 % jitter, Retry-After capped at 60 s, 2 minutes in all
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * One attempt, no retry.
     *
     * @return one attempt, no retry
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this policy's settings, to change some of them} */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .maxRetryAfter(maxRetryAfter).totalBudget(totalBudget).jitter(jitter)
                .retryOnlyIdempotentMethods(retryOnlyIdempotentMethods);
    }

    /** {@return how many attempts a call makes at most, the first included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return how long all attempts of a call may take together} */
    public Duration totalBudget() {
        return totalBudget;
    }

    /** {@return the longest server-sent {@code Retry-After} the client waits for} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return whether only idempotent calls (GET, DELETE and calls with a fixed MS-RequestId) are retried} */
    public boolean retryOnlyIdempotentMethods() {
        return retryOnlyIdempotentMethods;
    }

    /**
     * Whether a response with this status may be retried.
     *
     * @param status the status
     * @return whether a response with this status may be retried
     */
    public boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * Whether a call with this HTTP method may be retried at all under this policy.
     *
     * @param httpMethod the http method
     * @return whether a call with this HTTP method may be retried at all under this policy
     */
    public boolean allowsMethod(String httpMethod) {
        return !retryOnlyIdempotentMethods || IDEMPOTENT_METHODS.contains(httpMethod.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The backoff before retry number {@code retry} (1 for the first retry), jitter included.
     *
     * @param retry the retry
     * @return the backoff before retry number {@code retry} (1 for the first retry), jitter included
     */
    public Duration backoff(int retry) {
        long base = initialBackoff.toMillis();
        long capped = maxBackoff.toMillis();
        long exp = retry >= 31 ? capped : Math.min(capped, base * (1L << Math.max(0, retry - 1)));
        double factor = 1.0 - jitter * Math.random();
        return Duration.ofMillis(Math.max(0, Math.round(exp * factor)));
    }

    /**
     * The wait for a server-sent Retry-After, capped.
     *
     * @param requested the requested
     * @return the wait for a server-sent Retry-After, capped
     */
    public Duration capRetryAfter(Duration requested) {
        return requested.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : requested;
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", maxRetryAfter=" + maxRetryAfter + ", totalBudget=" + totalBudget + ", jitter="
                + jitter + ", retryOnlyIdempotentMethods=" + retryOnlyIdempotentMethods + "}";
    }

    /** Builds a {@link RetryPolicy}; every value is bounded. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Duration totalBudget = Duration.ofMinutes(2);
        private double jitter = 0.25;
        private boolean retryOnlyIdempotentMethods;

        private Builder() {
        }

        /**
         * Attempts in all, the first included: 1 to 10.
         *
         * @param maxAttempts the max attempts
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 10) {
                throw new IllegalArgumentException("maxAttempts must be 1 to 10, got " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * The backoff before the first retry, doubled for each further one (0 to 5 minutes).
         *
         * @param initialBackoff the backoff before the first retry, doubled for each further one (0 to 5 minutes)
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = atMost("initialBackoff", initialBackoff, MAX_WAIT);
            return this;
        }

        /**
         * The longest backoff between two attempts (0 to 5 minutes).
         *
         * @param maxBackoff the longest backoff between two attempts (0 to 5 minutes)
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = atMost("maxBackoff", maxBackoff, MAX_WAIT);
            return this;
        }

        /**
         * The longest Retry-After honoured; a longer one is cut to this (0 to 5 minutes).
         *
         * @param maxRetryAfter the longest Retry-After honoured; a longer one is cut to this (0 to 5 minutes)
         * @return this builder
         */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = atMost("maxRetryAfter", maxRetryAfter, MAX_WAIT);
            return this;
        }

        /**
         * No retry starts if its wait would end more than this long after the call began (0 to 30 minutes). An
         * attempt already under way is not cut short: its read timeout bounds it.
         *
         * @param totalBudget the total budget
         * @return this builder
         */
        public Builder totalBudget(Duration totalBudget) {
            this.totalBudget = atMost("totalBudget", totalBudget, Duration.ofMinutes(30));
            return this;
        }

        /**
         * Fraction of each backoff taken off at random, 0 to 1, so that clients do not retry in step.
         *
         * @param jitter the jitter
         * @return this builder
         */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter must be 0 to 1, got " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /**
         * Retry only GET and DELETE (the idempotent methods the API uses), never POST or PATCH, for callers who
         * do not rely on MS-RequestId as an idempotency key. A failure to get a token is still retried: nothing
         * was sent then.
         *
         * @param only the only
         * @return this builder
         */
        public Builder retryOnlyIdempotentMethods(boolean only) {
            this.retryOnlyIdempotentMethods = only;
            return this;
        }

        /** {@return a new {@code RetryPolicy} with this builder's settings} */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration atMost(String name, Duration d, Duration max) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be 0 to " + max + ", got " + d);
            }
            return d;
        }
    }
}
