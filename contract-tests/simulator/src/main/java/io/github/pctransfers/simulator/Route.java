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
    private static final Pattern WEBHOOK_EVENTS = Pattern.compile("(?i)/webhooks/v1/registration/events/?");
    private static final Pattern WEBHOOK_REGISTRATION = Pattern.compile("(?i)/webhooks/v1/registration/?");
    private static final Pattern VALIDATION_EVENTS =
            Pattern.compile("(?i)/webhooks/v1/registration/validationEvents/?");
    private static final Pattern VALIDATION_EVENT =
            Pattern.compile("(?i)/webhooks/v1/registration/validationEvents/([^/]+)/?");

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
        return matchWebhooks(method, path);
    }

    /** The webhook registration paths; the validation event's correlation id travels as {@link #resourceId()}. */
    private static Route matchWebhooks(String method, String path) {
        Matcher m;
        if (WEBHOOK_EVENTS.matcher(path).matches()) {
            return only(method, "GET", Operation.LIST_WEBHOOK_EVENTS, null);
        }
        if (WEBHOOK_REGISTRATION.matcher(path).matches()) {
            switch (method) {
                case "POST":
                    return new Route(Operation.CREATE_WEBHOOK_REGISTRATION, null, null, 0);
                case "GET":
                    return new Route(Operation.GET_WEBHOOK_REGISTRATION, null, null, 0);
                case "PUT":
                    return new Route(Operation.UPDATE_WEBHOOK_REGISTRATION, null, null, 0);
                default:
                    return new Route(null, null, null, 405);
            }
        }
        if (VALIDATION_EVENTS.matcher(path).matches()) {
            return only(method, "POST", Operation.CREATE_WEBHOOK_VALIDATION_EVENT, null);
        }
        if ((m = VALIDATION_EVENT.matcher(path)).matches()) {
            return only(method, "GET", Operation.GET_WEBHOOK_VALIDATION_EVENT, m.group(1));
        }
        return new Route(null, null, null, 404);
    }

    private static Route only(String method, String allowed, Operation operation, String resourceId) {
        return method.equals(allowed) ? new Route(operation, null, resourceId, 0) : new Route(null, null, null, 405);
    }

    /** Whether this is an operation of the webhook registration API (no customer in the path). */
    boolean isWebhook() {
        return operation != null && operation.operationId().toLowerCase(java.util.Locale.ROOT).contains("webhook");
    }

    /** The id in a webhook path (the validation event's correlation id), or null. */
    String resourceId() {
        return isWebhook() ? transferId : null;
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
