package io.github.pctransfers.client.errors;

import io.github.pctransfers.client.model.TransferEntity;
import java.time.Duration;

/**
 * A wait for a transfer ({@code TransfersClient.awaitTransfer}, its stream and async variants) reached its
 * deadline before the transfer reached a terminal status. {@link #lastSeen()} is the transfer as the last
 * successful poll returned it, to show or to resume from; the cause, if any, is the failure of the last poll
 * (e.g. a {@link RateLimitException} whose Retry-After went past the deadline).
 */
public class TransferAwaitTimeoutException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final transient TransferEntity lastSeen;
    private final Duration timeout;
    private final int polls;

    /**
     * @param message what went wrong
     * @param lastSeen the transfer as last seen, or null when no poll succeeded
     * @param timeout the deadline that passed, counted from the start of the wait
     * @param polls the GET calls made
     * @param cause the underlying failure, or null
     */
    public TransferAwaitTimeoutException(String message, TransferEntity lastSeen, Duration timeout, int polls,
            Throwable cause) {
        super(message, cause);
        this.lastSeen = lastSeen;
        this.timeout = timeout;
        this.polls = polls;
    }

    /**
     * The transfer as the last successful poll returned it; null when none succeeded.
     *
     * @return the transfer as the last successful poll returned it; null when none succeeded
     */
    public TransferEntity lastSeen() {
        return lastSeen;
    }

    /**
     * The timeout that passed.
     *
     * @return the timeout that passed
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The GET calls the wait made.
     *
     * @return the GET calls the wait made
     */
    public int polls() {
        return polls;
    }
}
