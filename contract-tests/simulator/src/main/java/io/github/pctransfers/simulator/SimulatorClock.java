package io.github.pctransfers.simulator;

import io.github.pctransfers.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The simulator's time, in the user's hands: timestamps, processing times, the 30-day expiry and the rate limit all
 * read it. It runs at {@link #rate()} times real time from the moment it was last set (1 by default; 0 freezes it)
 * and moves on demand: {@link #set(Instant)} jumps to a moment (back in time too), {@link #advance(Duration)} moves
 * it forward.
 *
 * <pre>{@code
 * SimulatorClock clock = simulator.clock();
 * clock.advance(Duration.ofMinutes(5));   // submitted line items finish processing
 * clock.advance(Duration.ofDays(30));     // an unanswered transfer expires
 * }</pre>
 *
 * Give a client the same time with {@link #sleeper()}: {@code TransfersClient.builder().clock(clock)
 * .sleeper(clock.sleeper())}; its retries and {@code awaitTransfer} polls then move this clock instead of sleeping.
 *
 * <p>Thread-safe: readers see every move at once, and each move is applied whole. Always UTC.
 */
public final class SimulatorClock extends Clock {
    /**
     * The moment at which the built-in seed's documented examples are current: the authored new-commerce transfer
     * {@code 43fb1d3a-…} is pending (created 2024-04-30, expiring 2024-05-30), {@code 2373335e-…} is being accepted
     * and {@code ec380501-…} is complete, and the documented legacy transfers, which carry no expiry, are as their
     * pages show. Its documented cancel and submit requests answer as the pages show (the page of a 2025
     * transfer and the 2020 list of a customer's transfers show other moments of the timeline).
     */
    public static final Instant DOCUMENTED_WORLD = Instant.parse("2024-05-16T08:00:00Z");

    /** The name of {@link #DOCUMENTED_WORLD} in {@link #parseStart(String)} (and {@code serve --clock-start}). */
    public static final String DOCUMENTED_WORLD_NAME = "documented";

    private final Object lock = new Object();
    private final List<Consumer<Instant>> listeners = new CopyOnWriteArrayList<>();
    /** Where the clock was last set, and how fast it runs from there; replaced whole on every move. */
    private volatile Anchor anchor;

    private SimulatorClock(Instant start, double rate) {
        this.anchor = new Anchor(Objects.requireNonNull(start, "start"), System.nanoTime(), checkRate(rate));
    }

    /**
     * A clock at {@code start} that moves only when told to ({@link #set}, {@link #advance}).
     *
     * @param start the start
     * @return A clock at {@code start} that moves only when told to ({@link #set}, {@link #advance})
     */
    public static SimulatorClock frozenAt(Instant start) {
        return new SimulatorClock(start, 0);
    }

    /**
     * A clock at {@code start} that runs at {@code rate} times real time (1: real time; 60: a minute per second; 0:
     * frozen).
     *
     * @throws IllegalArgumentException when {@code rate} is negative, NaN or infinite
     * @param start the start
     * @param rate the rate
     * @return A clock at {@code start} that runs at {@code rate} times real time (1: real time; 60: a minute per second; 0: frozen)
     */
    public static SimulatorClock startingAt(Instant start, double rate) {
        return new SimulatorClock(start, rate);
    }

    /**
     * A clock at the real time now, running at real time (the simulator's default).
     *
     * @return A clock at the real time now, running at real time (the simulator's default)
     */
    public static SimulatorClock systemUtc() {
        return new SimulatorClock(Instant.now(), 1);
    }

    /**
     * A start instant as a user writes it: an ISO-8601 instant ({@code 2024-05-16T08:00:00Z}), or
     * {@value #DOCUMENTED_WORLD_NAME} for {@link #DOCUMENTED_WORLD}.
     *
     * @throws IllegalArgumentException when it is neither, saying what is accepted
     * @param text the text
     * @return A start instant as a user writes it: an ISO-8601 instant ({@code 2024-05-16T08:00:00Z}), or {@value #DOCUMENTED_WORLD_NAME} for {@link #DOCUMENTED_WORLD}
     */
    public static Instant parseStart(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.equalsIgnoreCase(DOCUMENTED_WORLD_NAME)) {
            return DOCUMENTED_WORLD;
        }
        try {
            return Instant.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a clock start is an ISO-8601 instant such as 2024-05-16T08:00:00Z, or "
                    + DOCUMENTED_WORLD_NAME + " (" + DOCUMENTED_WORLD + "); got \"" + text + "\"", e);
        }
    }

    /** The simulator's now. */
    @Override
    public Instant instant() {
        return anchor.now(System.nanoTime());
    }

    /**
     * How many times faster than real time the clock runs; 0 when frozen.
     *
     * @return how many times faster than real time the clock runs; 0 when frozen
     */
    public double rate() {
        return anchor.rate;
    }

    /**
     * Jumps to {@code instant}, forward or back; the clock runs on from there at its {@link #rate()}. Time-driven
     * changes (processing done, expiry) happen on the next request, as they do on every request.
     *
     * @param instant the instant
     */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Instant now;
        synchronized (lock) {
            anchor = new Anchor(instant, System.nanoTime(), anchor.rate);
            now = instant;
        }
        moved(now);
    }

    /**
     * Moves the clock forward by {@code duration}.
     *
     * @return the new now
     * @throws IllegalArgumentException when {@code duration} is negative (use {@link #set(Instant)} to go back)
     * @param duration how long
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock only advances: " + duration + " is negative; set(Instant) "
                    + "goes back in time");
        }
        Instant now;
        synchronized (lock) {
            long nanos = System.nanoTime();
            now = anchor.now(nanos).plus(duration);
            anchor = new Anchor(now, nanos, anchor.rate);
        }
        moved(now);
        return now;
    }

    /**
     * Runs at {@code rate} times real time from now on (0 freezes the clock where it is).
     *
     * @throws IllegalArgumentException when {@code rate} is negative, NaN or infinite
     * @param rate the rate
     */
    public void setRate(double rate) {
        checkRate(rate);
        synchronized (lock) {
            long nanos = System.nanoTime();
            anchor = new Anchor(anchor.now(nanos), nanos, rate);
        }
    }

    /**
     * A client {@link Sleeper} that advances this clock by each wait instead of sleeping: with
     * {@code TransfersClient.Builder.clock(clock).sleeper(clock.sleeper())}, a client's backoff, Retry-After waits
     * and {@code awaitTransfer} polls take no real time. It still honours an interrupt.
     *
     * @return A client {@link Sleeper} that advances this clock by each wait instead of sleeping: with {@code TransfersClient.Builder.clock(clock).sleeper(clock.sleeper())}, a client's backoff, Retry-After waits and {@code awaitTransfer} polls take no real time
     */
    public Sleeper sleeper() {
        return duration -> {
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted before a virtual wait of " + duration);
            }
            advance(duration);
        };
    }

    /** Always UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock: the simulator's time is UTC only. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        Anchor a = anchor;
        return "SimulatorClock{now=" + instant() + (a.rate == 0 ? ", frozen" : ", rate=" + a.rate) + "}";
    }

    /** Told of every {@link #set} and {@link #advance}, with the new now; the engine's hook. */
    void onMove(Consumer<Instant> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeOnMove(Consumer<Instant> listener) {
        listeners.remove(listener);
    }

    /** How many are told of moves (the simulators on this clock). */
    int moveListeners() {
        return listeners.size();
    }

    private void moved(Instant now) {
        for (Consumer<Instant> listener : listeners) {
            listener.accept(now);
        }
    }

    static double checkRate(double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("the clock rate must be 0 (frozen) or a positive finite number, got "
                    + rate);
        }
        return rate;
    }

    /** A moment, the System.nanoTime it was taken at, and the rate from there. Immutable. */
    private static final class Anchor {
        final Instant at;
        final long nanos;
        final double rate;

        Anchor(Instant at, long nanos, double rate) {
            this.at = at;
            this.nanos = nanos;
            this.rate = rate;
        }

        Instant now(long nanoTime) {
            if (rate == 0) {
                return at;
            }
            double elapsed = (nanoTime - nanos) * rate;
            return at.plusNanos((long) elapsed);
        }
    }
}
