package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns what the transfer operations come to into replies: the status and body each operation answers with, and
 * for a {@link Rejection} the Partner Center error body ({@link Reply#error}).
 */
final class TransferReplies {
    private final Seed seed;

    TransferReplies(Seed seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
    }

    /** {@code success} of the value, or the rejection's error reply. */
    static <T> Reply reply(Outcome<T> outcome, Function<T, Reply> success) {
        return outcome.isRejected() ? rejected(outcome.rejection()) : success.apply(outcome.value());
    }

    /** The Partner Center error body: {@code {"code", "description", "data", "source": "PartnerFD"}}. */
    static Reply rejected(Rejection r) {
        return new Reply(r.status(), SimulatorJson.error(r.code(), r.description(), r.data().toArray(new String[0])),
                Map.of());
    }

    /** 201 and the new transfer. */
    Reply created(TransferRecord t) {
        return Reply.of(201, SimulatorJson.transfer(t, seed.operatorUserId(), true));
    }

    /** 200 and the transfer. */
    Reply transfer(TransferRecord t) {
        return Reply.of(200, SimulatorJson.transfer(t, seed.operatorUserId(), true));
    }

    /** 200 and the canceled transfer, as the current update-a-transfer page shows it: without attributes. */
    Reply cancelled(TransferRecord t) {
        return Reply.of(200, SimulatorJson.transfer(t, seed.operatorUserId(), false));
    }

    /** 200 and the transfers, a bare array. */
    Reply transfers(List<TransferRecord> transfers) {
        ArrayNode all = SimulatorJson.array();
        for (TransferRecord t : transfers) {
            all.add(SimulatorJson.transfer(t, seed.operatorUserId(), true));
        }
        return Reply.of(200, all);
    }

    /** 200 and each subscription's eligibility, a bare array. */
    static Reply eligibility(List<TransferRules.Eligibility> result) {
        ArrayNode all = SimulatorJson.array();
        for (TransferRules.Eligibility e : result) {
            all.add(SimulatorJson.eligibility(e.subscriptionId, e.reason));
        }
        return Reply.of(200, all);
    }

    /**
     * 200 and the TransferSubmitResult of an accepted legacy transfer: one order per line item that moved, in the
     * customer's currency, dated when the accept completed; one TransferError (900103) per line item that failed.
     */
    Reply accepted(TransferRecord t) {
        Seed.Customer customer = seed.customer(t.customerId());
        String currency = customer == null ? "USD" : customer.currencyCode();
        ArrayNode orders = SimulatorJson.array();
        ArrayNode errors = SimulatorJson.array();
        for (TransferRecord.LineItem li : t.lineItems()) {
            if (li.orderId() != null) {
                orders.add(SimulatorJson.order(li.orderId(), t.customerId(), currency, li, t.lastModifiedTime()));
            } else {
                errors.add(SimulatorJson.transferError(li, 900103, li.transferError()));
            }
        }
        return Reply.of(200, SimulatorJson.submitResult(orders, errors));
    }

    /** 204, no body. */
    static Reply withdrawn(TransferRecord t) {
        return Reply.noContent();
    }
}
