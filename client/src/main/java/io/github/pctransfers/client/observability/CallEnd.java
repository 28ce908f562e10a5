package io.github.pctransfers.client.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A call is over: it returned, or it is about to throw. Immutable; built by the client. */
public final class CallEnd {
    private final String operation;
    private final CallOutcome outcome;
    private final int statusCode;
    private final String errorCode;
    private final String exceptionType;
    private final int attempts;
    private final Duration duration;
    private final String requestId;
    private final String correlationId;

    /**
     * @param operation     the call's operation
     * @param outcome       how the call ended (the last attempt's outcome)
     * @param statusCode    the last HTTP status, or 0 when no answer arrived
     * @param errorCode     Partner Center's error code of a failed call, or null
     * @param exceptionType the simple name of the {@code TransfersException} type the call throws, or null
     * @param attempts      the attempts made, the first included (the re-send after a 401 too)
     * @param duration      from the start of the call to its end, waits between attempts included
     * @param requestId     the call's MS-RequestId
     * @param correlationId the call's MS-CorrelationId
     */
    public CallEnd(String operation, CallOutcome outcome, int statusCode, String errorCode, String exceptionType,
            int attempts, Duration duration, String requestId, String correlationId) {
        this.operation = Objects.requireNonNull(operation, "operation");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.exceptionType = exceptionType;
        this.attempts = attempts;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * The call's operation.
     *
     * @return the call's operation
     */
    public String operation() {
        return operation;
    }

    /**
     * How the call ended.
     *
     * @return how the call ended
     */
    public CallOutcome outcome() {
        return outcome;
    }

    /**
     * Whether the call returned a value.
     *
     * @return whether the call returned a value
     */
    public boolean succeeded() {
        return outcome == CallOutcome.SUCCESS;
    }

    /**
     * The last HTTP status, or 0 when no answer arrived.
     *
     * @return the last HTTP status, or 0 when no answer arrived
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Partner Center's error code, when the call failed with an error that had one.
     *
     * @return partner Center's error code, when the call failed with an error that had one
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * The simple name of the exception type the call throws (e.g. {@code NotFoundException}), when it fails.
     *
     * @return the simple name of the exception type the call throws
     */
    public Optional<String> exceptionType() {
        return Optional.ofNullable(exceptionType);
    }

    /**
     * Attempts made, the first included (the re-send after a 401 counts too; so does one that got no token).
     *
     * @return attempts made, the first included (the re-send after a 401 counts too; so does one that got no token)
     */
    public int attempts() {
        return attempts;
    }

    /**
     * From the start of the call to its end, waits between attempts included.
     *
     * @return from the start of the call to its end, waits between attempts included
     */
    public Duration duration() {
        return duration;
    }

    /**
     * The call's MS-RequestId.
     *
     * @return the call's MS-RequestId
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

    @Override
    public String toString() {
        return "CallEnd{operation=" + operation + ", outcome=" + outcome + ", status=" + statusCode + ", errorCode="
                + errorCode + ", exceptionType=" + exceptionType + ", attempts=" + attempts + ", duration="
                + duration + ", requestId=" + requestId + ", correlationId=" + correlationId + "}";
    }
}
