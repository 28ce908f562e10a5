package io.github.pctransfers.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The transfers of one customer, in creation order. Immutable: every change answers a new value. */
final class CustomerTransfers {
    private final String customerId;
    private final List<TransferRecord> transfers;

    private CustomerTransfers(String customerId, List<TransferRecord> transfers) {
        this.customerId = customerId;
        this.transfers = List.copyOf(transfers);
    }

    /** A customer with no transfers; {@code customerId} in any case. */
    static CustomerTransfers none(String customerId) {
        return new CustomerTransfers(key(customerId), List.of());
    }

    /** The customer's tenant id, lowercase. */
    String customerId() {
        return customerId;
    }

    List<TransferRecord> all() {
        return transfers;
    }

    /** The transfer with this id (any case), or null. */
    TransferRecord find(String transferId) {
        for (TransferRecord t : transfers) {
            if (t.id().equalsIgnoreCase(transferId)) {
                return t;
            }
        }
        return null;
    }

    /** These transfers with {@code changed} in place of the one with its id, or added last when there is none. */
    CustomerTransfers with(TransferRecord changed) {
        List<TransferRecord> next = new ArrayList<>(transfers);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(changed.id())) {
                next.set(i, changed);
                return new CustomerTransfers(customerId, next);
            }
        }
        next.add(changed);
        return new CustomerTransfers(customerId, next);
    }

    /** These transfers without the one with this id. */
    CustomerTransfers without(String transferId) {
        List<TransferRecord> next = new ArrayList<>(transfers);
        next.removeIf(t -> t.id().equalsIgnoreCase(transferId));
        return new CustomerTransfers(customerId, next);
    }

    /** Each transfer through {@code change}; this same value when {@code change} answered every record as it was. */
    CustomerTransfers map(UnaryOperator<TransferRecord> change) {
        List<TransferRecord> next = new ArrayList<>(transfers.size());
        boolean changed = false;
        for (TransferRecord t : transfers) {
            TransferRecord n = Objects.requireNonNull(change.apply(t));
            changed |= n != t;
            next.add(n);
        }
        return changed ? new CustomerTransfers(customerId, next) : this;
    }

    /** How the store keys a customer: its id in lowercase. */
    static String key(String customerId) {
        return customerId.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CustomerTransfers[" + customerId + " " + transfers + "]";
    }
}
