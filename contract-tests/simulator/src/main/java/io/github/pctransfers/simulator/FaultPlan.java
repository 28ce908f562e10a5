package io.github.pctransfers.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Decides, per request, which fault to play: the rate limit first, then a fault asked for by header, then one
 * injected through the API, then a random failure at the configured rate. Settings latency is added to all.
 */
final class FaultPlan {
    /** What to do with one request. {@code throttleFor} is set when the rate limit refused it. */
    static final class Decision {
        private final SimulatedFault fault;
        private final Duration latency;
        private final Duration throttleFor;

        Decision(SimulatedFault fault, Duration latency, Duration throttleFor) {
            this.fault = fault;
            this.latency = latency;
            this.throttleFor = throttleFor;
        }

        public SimulatedFault fault() {
            return fault;
        }

        public Duration latency() {
            return latency;
        }

        public Duration throttleFor() {
            return throttleFor;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Decision)) {
                return false;
            }
            Decision other = (Decision) o;
            return Objects.equals(fault, other.fault)
                    && Objects.equals(latency, other.latency)
                    && Objects.equals(throttleFor, other.throttleFor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fault, latency, throttleFor);
        }

        @Override
        public String toString() {
            return "Decision[fault=" + fault
                    + ", latency=" + latency
                    + ", throttleFor=" + throttleFor + "]";
        }
    }

    private static final int MAX_TRACKED_HEADER_FAULTS = 10_000;

    private final FaultSettings settings;
    private final Clock clock;
    private final Random random;
    private final TokenBucket bucket;
    /** Injected faults with the number of requests each still hits. */
    private final List<Injected> injected = new ArrayList<>();
    /** Attempts seen per MS-RequestId and header value, for header faults with {@code times=N}. */
    private final Map<String, Integer> headerAttempts = new LinkedHashMap<>();

    FaultPlan(FaultSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.random = new Random(settings.randomSeed());
        this.bucket = settings.rateLimitPerSecond() > 0 ? new TokenBucket(settings.rateLimitPerSecond(),
                clock.instant()) : null;
    }

    /**
     * @throws IllegalArgumentException when the fault header cannot be read
     */
    Decision decide(SimRequest request, Operation operation, String requestId) {
        Duration latency = settings.latency();
        SimulatedFault fromHeader = fromHeader(request, requestId);
        if (bucket != null) {
            Duration wait = bucket.tryAcquire(clock.instant());
            if (!wait.isZero()) {
                return new Decision(null, latency, wait);
            }
        }
        SimulatedFault fault = fromHeader != null ? fromHeader : takeInjected(operation);
        if (fault == null && settings.failRate() > 0 && nextDouble() < settings.failRate()) {
            fault = settings.failWith();
        }
        if (fault != null) {
            latency = latency.plus(fault.latency());
        }
        return new Decision(fault, latency, null);
    }

    synchronized void inject(SimulatedFault fault) {
        injected.add(new Injected(fault));
    }

    /** Forgets injected faults and header attempts, and refills the rate limit. */
    synchronized void clear() {
        injected.clear();
        headerAttempts.clear();
        if (bucket != null) {
            bucket.refill(clock.instant());
        }
    }

    private synchronized double nextDouble() {
        return random.nextDouble();
    }

    private SimulatedFault fromHeader(SimRequest request, String requestId) {
        String header = request.header(FaultSyntax.HEADER);
        if (header == null) {
            return null;
        }
        SimulatedFault fault = FaultSyntax.parse(header);
        if (!header.toLowerCase(Locale.ROOT).contains("times")) {
            return fault;
        }
        String key = (requestId == null ? "" : requestId.toLowerCase(Locale.ROOT)) + "|" + header;
        synchronized (this) {
            int attempts = headerAttempts.merge(key, 1, Integer::sum);
            Iterator<String> oldest = headerAttempts.keySet().iterator();
            while (headerAttempts.size() > MAX_TRACKED_HEADER_FAULTS && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
            return attempts <= fault.times() ? fault : null;
        }
    }

    private synchronized SimulatedFault takeInjected(Operation operation) {
        for (Iterator<Injected> it = injected.iterator(); it.hasNext(); ) {
            Injected entry = it.next();
            if (entry.fault.appliesTo(operation)) {
                if (--entry.left == 0) {
                    it.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }

    /** An injected fault and how many more requests it hits. */
    private static final class Injected {
        final SimulatedFault fault;
        int left;

        Injected(SimulatedFault fault) {
            this.fault = fault;
            this.left = fault.times();
        }
    }
}
