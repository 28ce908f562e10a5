package io.github.pctransfers.client.errors;

import io.github.pctransfers.client.model.TransferEntity;

/**
 * The thread waiting for a transfer was interrupted. The thread's interrupt status is set again before this is
 * thrown, so code further up still sees the interrupt. {@link #lastSeen()} is the transfer as last seen.
 */
public class TransferAwaitInterruptedException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final transient TransferEntity lastSeen;

    /**
     * @param lastSeen the transfer as last seen, or null when no poll succeeded
     *
     * @param cause the underlying failure, or null
     * @param message what went wrong
     */
    public TransferAwaitInterruptedException(String message, TransferEntity lastSeen, Throwable cause) {
        super(message, cause);
        this.lastSeen = lastSeen;
    }

    /**
     * The transfer as the last successful poll returned it; null when none succeeded.
     *
     * @return the transfer as the last successful poll returned it; null when none succeeded
     */
    public TransferEntity lastSeen() {
        return lastSeen;
    }
}
