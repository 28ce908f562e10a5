package io.github.pctransfers.client;

import java.time.Duration;

/**
 * How the client waits: between the attempts of a retried call (backoff, {@code Retry-After}) and between the polls
 * of {@link TransfersClient#awaitTransfer}/{@link TransfersClient#watchTransfer}. The default,
 * {@link #system()}, blocks the calling thread.
 *
 * <p>A test aid: give {@link TransfersClient.Builder#sleeper(Sleeper)} one that moves a virtual clock instead of
 * waiting (the simulator's {@code SimulatorClock.sleeper()} does), together with that clock in
 * {@link TransfersClient.Builder#clock(java.time.Clock)}, and a five-minute wait takes no real time.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits {@code duration} (never negative), or moves a virtual clock by it.
     *
     * @throws InterruptedException when the thread is interrupted while waiting; the client then stops the call or
     *         the wait and sets the thread's interrupt status again
     * @param duration how long
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Blocks the calling thread for the duration ({@link Thread#sleep(long, int)}).
     *
     * @return blocks the calling thread for the duration ({@link Thread#sleep(long, int)})
     */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}
