package io.github.pctransfers.client;

import io.github.pctransfers.client.model.LineItemStatus;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a transfer ended, as {@link TransfersClient#awaitTransfer} saw it: the final entity, its terminal status,
 * the line items that failed, and what the wait cost. Immutable (the entity is the caller's copy).
 *
 * <p>Terminal statuses ({@link #isTerminal}): {@code Complete} (and the entity page's {@code Completed}),
 * {@code PartiallyComplete}, {@code Failed}, {@code Cancel}, {@code Reject} and {@code Expired}. {@code InProgress},
 * {@code Pending}, {@code Active} (a legacy transfer waiting for the other partner) and every value not documented
 * are not: the wait goes on until the timeout. A withdrawn legacy transfer is deleted, so its wait ends in a
 * {@link io.github.pctransfers.client.errors.NotFoundException} (code 900100).
 */
public final class TransferOutcome {
    /** {@code Failed}: the status of a transfer whose every line item failed (legacy examples, new commerce). */
    static final TransferStatus FAILED = TransferStatus.fromString("Failed");
    private static final List<TransferStatus> TERMINAL = List.of(TransferStatus.COMPLETE, TransferStatus.COMPLETED,
            TransferStatus.PARTIALLY_COMPLETE, FAILED, TransferStatus.CANCEL, TransferStatus.REJECT,
            TransferStatus.EXPIRED);
    private static final List<TransferStatus> SUCCESSFUL = List.of(TransferStatus.COMPLETE, TransferStatus.COMPLETED);

    private final TransferEntity transfer;
    private final List<TransferLineItem> failedLineItems;
    private final int polls;
    private final Duration waited;

    TransferOutcome(TransferEntity transfer, int polls, Duration waited) {
        this.transfer = Objects.requireNonNull(transfer, "transfer");
        this.failedLineItems = failedLineItems(transfer);
        this.polls = polls;
        this.waited = waited;
    }

    /**
     * Whether a transfer in {@code status} will not change any more (see the class comment).
     *
     * @param status the status
     * @return whether a transfer in {@code status} will not change any more (see the class comment)
     */
    public static boolean isTerminal(TransferStatus status) {
        return status != null && TERMINAL.contains(status);
    }

    /**
     * The terminal statuses, as documented.
     *
     * @return the terminal statuses, as documented
     */
    public static List<TransferStatus> terminalStatuses() {
        return TERMINAL;
    }

    /**
     * The transfer as the last poll returned it.
     *
     * @return the transfer as the last poll returned it
     */
    public TransferEntity transfer() {
        return transfer;
    }

    /**
     * Its terminal status.
     *
     * @return its terminal status
     */
    public TransferStatus status() {
        return transfer.getStatus();
    }

    /**
     * The line items (add-ons included) that did not move: status {@code Failed}, or a {@code transferError}.
     * Empty when every item moved, or when the transfer ended before any was processed (cancelled, expired).
     *
     * @return the line items (add-ons included) that did not move: status {@code Failed}, or a {@code transferError}
     */
    public List<TransferLineItem> failedLineItems() {
        return failedLineItems;
    }

    /**
     * {@code Complete} (or {@code Completed}) with no failed line item.
     *
     * @return {@code Complete} (or {@code Completed}) with no failed line item
     */
    public boolean succeeded() {
        return SUCCESSFUL.contains(status()) && failedLineItems.isEmpty();
    }

    /**
     * The GET calls the wait made, the last one included.
     *
     * @return the GET calls the wait made, the last one included
     */
    public int polls() {
        return polls;
    }

    /**
     * From the call to the poll that saw the terminal status, on the client's clock.
     *
     * @return from the call to the poll that saw the terminal status, on the client's clock
     */
    public Duration waited() {
        return waited;
    }

    @Override
    public String toString() {
        return "TransferOutcome{" + transfer.getId() + " " + status() + ", " + failedLineItems.size()
                + " failed line items, " + polls + " polls in " + waited + "}";
    }

    private static List<TransferLineItem> failedLineItems(TransferEntity t) {
        List<TransferLineItem> failed = new ArrayList<>();
        if (t.getLineItems() != null) {
            collectFailed(t.getLineItems(), failed);
        }
        return List.copyOf(failed);
    }

    private static void collectFailed(List<TransferLineItem> items, List<TransferLineItem> into) {
        for (TransferLineItem item : items) {
            if (item == null) {
                continue;
            }
            boolean failed = LineItemStatus.FAILED.equals(item.getStatus())
                    || item.getTransferError() != null && !item.getTransferError().isBlank();
            if (failed) {
                into.add(item);
            }
            if (item.getAddonItems() != null) {
                collectFailed(item.getAddonItems(), into);
            }
        }
    }
}
