package io.github.pctransfers.client;

import io.github.pctransfers.client.errors.RateLimitException;
import io.github.pctransfers.client.errors.TransferAwaitInterruptedException;
import io.github.pctransfers.client.errors.TransferAwaitTimeoutException;
import io.github.pctransfers.client.errors.TransfersException;
import io.github.pctransfers.client.internal.transport.CallExecutor;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The wait for one transfer: when to poll, what a poll means, and when to give up. {@link Blocking} runs it on
 * the caller's thread (awaitTransfer, watchTransfer); {@link Async} runs it on a timer, one task per poll, so no
 * thread is held between polls. Both read time from the client's clock and wait through the client's sleeper or
 * scheduler, which tests replace to run in virtual time.
 *
 * <p>Rules: poll at once; after each poll that is not terminal wait the current interval (initial, then times
 * the multiplier, capped); a 429 that the client's retries did not absorb is waited out for its Retry-After (or
 * the current interval) and polling goes on. No wait goes past the deadline: the last poll happens at it, and if
 * the transfer is still not terminal the wait ends in a {@link TransferAwaitTimeoutException} carrying the last
 * state seen. When a Retry-After reaches past the deadline, the wait sleeps to the deadline and ends there without
 * polling again (polling earlier would ignore the service's request). Any other failure of a poll ends the wait
 * with that failure: the client's retry policy has already retried what may be retried.
 */
final class TransferPoller {
    private final String transferId;
    private final AwaitOptions options;
    private final Clock clock;
    private final Supplier<TransferEntity> poll;
    private final Instant start;
    private final Instant deadline;
    private Duration interval;
    private TransferEntity last;
    private String lastState;
    private int polls;

    /** The next step after a poll: sleep, then poll again or end at the deadline. */
    private static final class Plan {
        final Duration sleep;
        final boolean pollAfter;
        final Throwable cause;

        Plan(Duration sleep, boolean pollAfter, Throwable cause) {
            this.sleep = sleep;
            this.pollAfter = pollAfter;
            this.cause = cause;
        }
    }

    /** @param poll one GET of the transfer */
    TransferPoller(String transferId, AwaitOptions options, Clock clock, Supplier<TransferEntity> poll) {
        this.transferId = transferId;
        this.options = Objects.requireNonNull(options, "options");
        this.clock = clock;
        this.poll = poll;
        this.start = clock.instant();
        this.deadline = start.plus(options.timeout());
        this.interval = options.initialInterval();
    }

    /** Polls once; whether the transfer's state (its status or a line item's) differs from the last one seen. */
    private boolean pollOnce() {
        TransferEntity seen = poll.get();
        polls++;
        last = seen;
        String state = stateOf(seen);
        boolean changed = !state.equals(lastState);
        lastState = state;
        return changed;
    }

    private boolean terminal() {
        return last != null && TransferOutcome.isTerminal(last.getStatus());
    }

    /** What to do after a poll that did not end the wait ({@code throttle} when it was answered 429). */
    private Plan plan(RateLimitException throttle) {
        Duration wait;
        boolean mustWaitFully = false;
        if (throttle != null && throttle.retryAfter().isPresent()) {
            wait = throttle.retryAfter().get();
            mustWaitFully = true;
        } else {
            wait = interval;
            interval = options.nextInterval(interval);
        }
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            return new Plan(Duration.ZERO, false, throttle);
        }
        if (wait.compareTo(remaining) > 0) {
            return new Plan(remaining, !mustWaitFully, throttle);
        }
        return new Plan(wait, true, throttle);
    }

    private TransferAwaitTimeoutException timeout(Throwable cause) {
        String seen = last == null ? "no poll succeeded" : "last seen " + last.getStatus();
        return new TransferAwaitTimeoutException("transfer " + transferId + " did not reach a terminal status within "
                + options.timeout() + " (" + polls + " polls; " + seen + ")", last, options.timeout(), polls, cause);
    }

    private TransferAwaitInterruptedException interrupted(Throwable cause) {
        return new TransferAwaitInterruptedException("the wait for transfer " + transferId + " was interrupted after "
                + polls + " polls" + (last == null ? "" : "; last seen " + last.getStatus()), last, cause);
    }

    private TransferOutcome outcome() {
        return new TransferOutcome(last, polls, Duration.between(start, clock.instant()));
    }

    /** The status and the line items' statuses: a change in any is a new state to report. */
    private static String stateOf(TransferEntity t) {
        StringBuilder s = new StringBuilder(String.valueOf(t.getStatus()).toLowerCase(java.util.Locale.ROOT));
        if (t.getLineItems() != null) {
            for (TransferLineItem item : t.getLineItems()) {
                s.append('|').append(item == null ? "" : String.valueOf(item.getStatus())
                        .toLowerCase(java.util.Locale.ROOT));
            }
        }
        return s.toString();
    }

    // ---- on the caller's thread ------------------------------------------------------------------------------

    /** Waits on the calling thread; each {@link #next()} blocks until the transfer shows a new state. */
    static final class Blocking implements Iterator<TransferEntity> {
        private final TransferPoller state;
        private final Sleeper sleeper;
        private Plan plan;
        private TransferEntity next;
        private boolean finished;

        Blocking(TransferPoller state, Sleeper sleeper) {
            this.state = state;
            this.sleeper = sleeper;
        }

        /** Polls to the end and tells how it ended. */
        TransferOutcome await() {
            while (hasNext()) {
                next();
            }
            return state.outcome();
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = nextChange();
            }
            return next != null;
        }

        @Override
        public TransferEntity next() {
            if (!hasNext()) {
                throw new NoSuchElementException("transfer " + state.transferId + " already reached "
                        + state.last.getStatus());
            }
            TransferEntity result = next;
            next = null;
            return result;
        }

        /** The next state seen, or null once the terminal one was returned. */
        private TransferEntity nextChange() {
            while (true) {
                if (plan != null) {
                    Plan p = plan;
                    plan = null;
                    sleep(p.sleep);
                    if (!p.pollAfter) {
                        throw state.timeout(p.cause);
                    }
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw state.interrupted(null);
                }
                boolean changed;
                RateLimitException throttle = null;
                try {
                    changed = state.pollOnce();
                } catch (RateLimitException e) {
                    changed = false;
                    throttle = e;
                } catch (TransfersException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw state.interrupted(e);
                    }
                    throw e;
                }
                if (throttle == null && state.terminal()) {
                    finished = true;
                    return state.last;
                }
                plan = state.plan(throttle);
                if (changed) {
                    return state.last;
                }
            }
        }

        private void sleep(Duration d) {
            if (d.isZero()) {
                return;
            }
            try {
                sleeper.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw state.interrupted(e);
            }
        }
    }

    // ---- on a timer ------------------------------------------------------------------------------------------

    /**
     * Waits without holding a thread: each poll is a task the timer starts on {@code calls}. Cancelling the
     * future cancels the next poll; a poll already running finishes and is ignored.
     */
    static final class Async {
        private final TransferPoller state;
        private final ScheduledExecutorService timer;
        private final Executor calls;
        private final Consumer<TransferEntity> onChange;
        final CompletableFuture<TransferOutcome> result = new CompletableFuture<>();
        private volatile Future<?> pending;

        Async(TransferPoller state, ScheduledExecutorService timer, Executor calls,
                Consumer<TransferEntity> onChange) {
            this.state = state;
            this.timer = timer;
            this.calls = calls;
            this.onChange = onChange;
            result.whenComplete((r, e) -> {
                Future<?> p = pending;
                if (p != null) {
                    p.cancel(false);
                }
            });
        }

        CompletableFuture<TransferOutcome> start() {
            schedule(Duration.ZERO, this::pollOnce);
            return result;
        }

        private void pollOnce() {
            if (result.isDone()) {
                return;
            }
            RateLimitException throttle = null;
            try {
                boolean changed;
                try {
                    changed = state.pollOnce();
                } catch (RateLimitException e) {
                    changed = false;
                    throttle = e;
                }
                if (changed && onChange != null) {
                    onChange.accept(state.last);
                }
                if (throttle == null && state.terminal()) {
                    result.complete(state.outcome());
                    return;
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
                return;
            }
            Plan p = state.plan(throttle);
            schedule(p.sleep, p.pollAfter ? this::pollOnce
                    : () -> result.completeExceptionally(state.timeout(p.cause)));
        }

        private void schedule(Duration delay, Runnable step) {
            if (result.isDone()) {
                return;
            }
            try {
                pending = timer.schedule(() -> {
                    try {
                        calls.execute(step);
                    } catch (RejectedExecutionException e) {
                        result.completeExceptionally(closed(e));
                    }
                }, delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                result.completeExceptionally(closed(e));
                return;
            }
            if (result.isDone()) {
                pending.cancel(false);
            }
        }

        private static IllegalStateException closed(Throwable cause) {
            return new IllegalStateException("the TransfersClient was closed while awaiting a transfer", cause);
        }
    }
}
