package io.github.pctransfers.client.observability;

import java.util.Objects;
import java.util.Optional;

/**
 * A call about to make its first attempt. Immutable; built by the client (the constructor is public so that tests
 * of an observer can build one).
 *
 * <p>{@link #operation()}, {@link #httpMethod()}, {@link #pathTemplate()} and {@link #serverAddress()} are few and
 * fixed: fit for metric tags. The ids are one per call or per customer: fit for a span, never for a metric tag.
 */
public final class CallStart {
    private final String operation;
    private final String httpMethod;
    private final String pathTemplate;
    private final String serverAddress;
    private final int serverPort;
    private final String requestId;
    private final String correlationId;
    private final String customerId;
    private final String transferId;

    /**
     * @param operation     the client method's operation, e.g. {@code getTransfer}
     * @param httpMethod    e.g. {@code GET}
     * @param pathTemplate  the path with its variables unfilled, e.g.
     *                      {@code /v1/customers/{customer-id}/transfers/{transfer-id}}
     * @param serverAddress the host of the base URL
     * @param serverPort    the port of the base URL (443 when the URL names none and is https)
     * @param requestId     the call's MS-RequestId, the same on every attempt
     * @param correlationId the call's MS-CorrelationId
     * @param customerId    the customer the call is about; null for none
     * @param transferId    the transfer the call is about; null for none
     */
    public CallStart(String operation, String httpMethod, String pathTemplate, String serverAddress, int serverPort,
            String requestId, String correlationId, String customerId, String transferId) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.httpMethod = Objects.requireNonNull(httpMethod, "httpMethod");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
        this.serverPort = serverPort;
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
        this.customerId = customerId;
        this.transferId = transferId;
    }

    /**
     * The operation, e.g. {@code getTransfer}, {@code rejectTransfer} (one of the client's method names).
     *
     * @return the operation
     */
    public String operation() {
        return operation;
    }

    /**
     * The HTTP method, upper case.
     *
     * @return the HTTP method, upper case
     */
    public String httpMethod() {
        return httpMethod;
    }

    /**
     * The path with its variables unfilled, e.g. {@code /v1/customers/{customer-id}/transfers}.
     *
     * @return the path with its variables unfilled
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * The host the call goes to.
     *
     * @return the host the call goes to
     */
    public String serverAddress() {
        return serverAddress;
    }

    /**
     * The port the call goes to.
     *
     * @return the port the call goes to
     */
    public int serverPort() {
        return serverPort;
    }

    /**
     * The call's MS-RequestId (Partner Center's idempotency key), the same on every attempt.
     *
     * @return the call's MS-RequestId (Partner Center's idempotency key), the same on every attempt
     */
    public String requestId() {
        return requestId;
    }

    /**
     * The call's MS-CorrelationId.
     *
     * @return the call's MS-CorrelationId
     */
    public String correlationId() {
        return correlationId;
    }

    /**
     * The customer the call is about. An id: for a span that records it on purpose, never a metric tag.
     *
     * @return the customer the call is about
     */
    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * The transfer the call is about, when it is about one. An id: never a metric tag.
     *
     * @return the transfer the call is about, when it is about one
     */
    public Optional<String> transferId() {
        return Optional.ofNullable(transferId);
    }

    /** Operation, method, path and request ids; no customer or transfer id. */
    @Override
    public String toString() {
        return "CallStart{operation=" + operation + ", " + httpMethod + " " + pathTemplate + ", server="
                + serverAddress + ":" + serverPort + ", requestId=" + requestId + ", correlationId=" + correlationId
                + "}";
    }
}
