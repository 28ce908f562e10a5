package io.github.pctransfers.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Which transfer webhook events one change of a transfer sends, in order, as a pure function of the record before
 * and after it. The pages name the events, not the transitions; the simulator's choice (the simulator README's
 * Webhooks section):
 *
 * <ul>
 *   <li>created: {@code create-transfer};</li>
 *   <li>an accept begins, line items are submitted, the status moves to anything but a completion or a failure
 *       ({@code Reject}, {@code Cancel}), or the transfer is withdrawn (deleted): {@code update-transfer};</li>
 *   <li>the status becomes {@code Complete} or {@code PartiallyComplete}: {@code complete-transfer};</li>
 *   <li>the status becomes {@code Failed} or {@code Expired}: {@code fail-transfer}.</li>
 * </ul>
 *
 * One change may send two: a submit processed at once is {@code update-transfer} then {@code complete-transfer}.
 * An accept abandoned (the transfer as it was) sends nothing.
 */
final class TransferEvents {
    static final String CREATE = "create-transfer";
    static final String UPDATE = "update-transfer";
    static final String COMPLETE = "complete-transfer";
    static final String FAIL = "fail-transfer";
    static final List<String> ALL = List.of(CREATE, UPDATE, COMPLETE, FAIL);

    private TransferEvents() {
    }

    /** The events between {@code before} (null: just created) and {@code after} (null: withdrawn). */
    static List<String> between(TransferRecord before, TransferRecord after) {
        if (before == null && after == null) {
            return List.of();
        }
        if (before == null) {
            return List.of(CREATE);
        }
        if (after == null) {
            return List.of(UPDATE);
        }
        List<String> events = new ArrayList<>(2);
        boolean statusChanged = !before.status().equals(after.status());
        boolean acceptBegan = !before.accepting() && after.accepting();
        // A new-commerce transfer has no line items until the source submits some.
        boolean submitted = after.newCommerce() && before.lineItems().isEmpty() && !after.lineItems().isEmpty();
        String outcome = statusChanged ? outcomeOf(after.status()) : null;
        if (acceptBegan || submitted || statusChanged && outcome == null) {
            events.add(UPDATE);
        }
        if (outcome != null) {
            events.add(outcome);
        }
        return events;
    }

    /** The event of reaching {@code status}, when it is an end that is a completion or a failure; else null. */
    private static String outcomeOf(String status) {
        switch (status) {
            case TransferRecord.COMPLETE:
            case TransferRecord.PARTIALLY_COMPLETE:
                return COMPLETE;
            case TransferRecord.FAILED:
            case TransferRecord.EXPIRED:
                return FAIL;
            default:
                return null;
        }
    }
}
