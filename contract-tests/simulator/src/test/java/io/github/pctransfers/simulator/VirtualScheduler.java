package io.github.pctransfers.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A scheduler in virtual time: nothing runs until the test says so, and then the earliest task runs after the
 * {@link SimulatorClock} is moved to its due time. So an async await polls on the simulator's clock and no test
 * waits for real. One thread (the test's); only the one-shot {@code schedule} and {@code execute} are supported.
 */
final class VirtualScheduler extends AbstractExecutorService implements ScheduledExecutorService {
    private final SimulatorClock clock;
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long sequence;
    private int ran;
    private boolean shutdown;

    VirtualScheduler(SimulatorClock clock) {
        this.clock = clock;
    }

    /** Runs the earliest task, moving the clock to its due time; false when nothing is scheduled. */
    boolean runNext() {
        Task t;
        synchronized (this) {
            t = queue.poll();
        }
        if (t == null) {
            return false;
        }
        Duration ahead = Duration.between(clock.instant(), t.due);
        if (!ahead.isNegative()) {
            clock.advance(ahead);
        }
        ran++;
        t.run();
        return true;
    }

    /** Runs tasks in time order until {@code done} holds; fails when it never can because nothing is left. */
    void runUntil(BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            if (!runNext()) {
                throw new AssertionError("nothing is scheduled and the condition does not hold");
            }
        }
    }

    /** Tasks waiting to run. */
    synchronized int scheduled() {
        return queue.size();
    }

    /** Tasks run so far. */
    int ran() {
        return ran;
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        Task t = new Task(command, clock.instant().plusNanos(unit.toNanos(delay)), sequence++);
        queue.add(t);
        return t;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(queue);
        queue.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    /** One scheduled run; cancelling takes it off the queue. */
    private final class Task implements ScheduledFuture<Object>, Runnable {
        private final Runnable command;
        private final Instant due;
        private final long order;
        private volatile boolean cancelled;
        private volatile boolean done;

        Task(Runnable command, Instant due, long order) {
            this.command = command;
            this.due = due;
            this.order = order;
        }

        @Override
        public void run() {
            if (!cancelled) {
                done = true;
                command.run();
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed o) {
            Task other = (Task) o;
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (VirtualScheduler.this) {
                if (done || cancelled) {
                    return false;
                }
                cancelled = true;
                queue.remove(this);
                return true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("virtual-time tasks are not waited on");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("virtual-time tasks are not waited on");
        }
    }
}
