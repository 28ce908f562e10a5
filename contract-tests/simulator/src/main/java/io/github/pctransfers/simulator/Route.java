package io.github.pctransfers.simulator;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which documented operation a method and path name, with the raw path ids. {@code errorStatus} is 404 for a path
 * the API does not have and 405 for a method the path does not take.
 */
final class Route {
    private static final Pattern TRANSFERS = Pattern.compile("(?i)/v1/customers/([^/]+)/transfers/?");
    private static final Pattern TRANSFER = Pattern.compile("(?i)/v1/customers/([^/]+)/transfers/([^/]+)/?");
    private static final Pattern ACCEPT = Pattern.compile("(?i)/v1/customers/([^/]+)/transfers/([^/]+)/accept/?");
    private static final Pattern ELIGIBILITY = Pattern.compile("(?i)/v1/customers/([^/]+)/transferseligibility/?");

    private final Operation operation;
    private final String customerId;
    private final String transferId;
    private final int errorStatus;

    Route(Operation operation, String customerId, String transferId, int errorStatus) {
        this.operation = operation;
        this.customerId = customerId;
        this.transferId = transferId;
        this.errorStatus = errorStatus;
    }

    public Operation operation() {
        return operation;
    }

    public String customerId() {
        return customerId;
    }

    public String transferId() {
        return transferId;
    }

    public int errorStatus() {
        return errorStatus;
    }

    @Override
    public String toString() {
        return "Route[operation=" + operation
                + ", customerId=" + customerId
                + ", transferId=" + transferId
                + ", errorStatus=" + errorStatus + "]";
    }

    static Route match(String method, String path) {
        Matcher m;
        if ((m = ACCEPT.matcher(path)).matches()) {
            return pick(method, m, "POST", Operation.ACCEPT_TRANSFER);
        }
        if ((m = TRANSFER.matcher(path)).matches()) {
            return pick(method, m, "GET", Operation.GET_TRANSFER, "PATCH", Operation.UPDATE_TRANSFER,
                    "DELETE", Operation.WITHDRAW_TRANSFER);
        }
        if ((m = TRANSFERS.matcher(path)).matches()) {
            return pick(method, m, "GET", Operation.LIST_TRANSFERS, "POST", Operation.CREATE_TRANSFER);
        }
        if ((m = ELIGIBILITY.matcher(path)).matches()) {
            return pick(method, m, "GET", Operation.GET_TRANSFER_ELIGIBILITY);
        }
        return new Route(null, null, null, 404);
    }

    boolean matched() {
        return operation != null;
    }

    /** Pairs of method and operation; the path's ids come from the matcher's groups. */
    private static Route pick(String method, Matcher m, Object... methodsAndOperations) {
        String customer = m.group(1);
        String transfer = m.groupCount() > 1 ? m.group(2) : null;
        for (int i = 0; i < methodsAndOperations.length; i += 2) {
            if (methodsAndOperations[i].equals(method)) {
                return new Route((Operation) methodsAndOperations[i + 1], customer, transfer, 0);
            }
        }
        return new Route(null, customer, transfer, 405);
    }
}
