package io.github.pctransfers.simulator;

import io.github.pctransfers.client.errors.DocumentedErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fault the simulator plays instead of (or on top of) a normal answer: added latency, an error status (429 with
 * {@code Retry-After}, 503, ...), a connection reset, or a malformed body. Immutable.
 *
 * <p>Three ways to use one:
 * <ul>
 *   <li>{@link TransfersSimulator#injectFault(SimulatedFault)}: hits the next {@link #times(int) times} requests
 *       (default 1) of the chosen {@link #on operations} (default all);</li>
 *   <li>the {@value FaultSyntax#HEADER} request header, in the syntax of {@link FaultSyntax#parse(String)}: hits that request; with
 *       {@code times=N}, only the first N attempts that carry the same MS-RequestId, so a client's retry passes;</li>
 *   <li>{@link FaultSettings.Builder#failRate(double, SimulatedFault)}: hits a random share of all requests.</li>
 * </ul>
 *
 * <p>What each does: a status fault answers before the operation runs (nothing changes); a reset closes the
 * connection before the operation runs; a malformed body runs the operation and then sends the first half of its
 * JSON body, as a connection cut mid-body would (a repeat with the same MS-RequestId then gets the whole answer).
 */
public final class SimulatedFault {
    /** What the fault does to the answer. */
    public enum Kind {
        /** Only latency. */
        LATENCY,
        /** An error status with a Partner Center error body (a throttling body for 429). */
        STATUS,
        /** The connection is reset; no response. */
        CONNECTION_RESET,
        /** The operation runs; the body is cut in half. */
        MALFORMED_BODY
    }

    private static final Set<Operation> ALL_OPERATIONS = Collections.unmodifiableSet(EnumSet.allOf(Operation.class));

    /**
     * The documented errors a fault can answer ({@link #error(DocumentedErrorCode)}): those whose condition only the
     * service knows, so that no seed state can reach them.
     */
    public static final Set<DocumentedErrorCode> ERROR_CODES = Collections.unmodifiableSet(EnumSet.of(
            DocumentedErrorCode.PARTNER_TOKEN_MISSING, DocumentedErrorCode.SERVICE_EXCEPTION,
            DocumentedErrorCode.TRANSFER_PROCESSED_BY_ANOTHER_REQUEST, DocumentedErrorCode.INITIATE_TRANSFER_FAILED,
            DocumentedErrorCode.SOURCE_PARTNER_DETAILS_MISSING, DocumentedErrorCode.PARTNER_NOT_ENABLED,
            DocumentedErrorCode.NATIONAL_CLOUD_NOT_SUPPORTED));

    private final Kind kind;
    private final Duration latency;
    private final int status;
    private final Duration retryAfter;
    private final int times;
    private final Set<Operation> operations;
    private final DocumentedErrorCode documentedError;

    private SimulatedFault(Kind kind, Duration latency, int status, Duration retryAfter, int times,
            Set<Operation> operations) {
        this(kind, latency, status, retryAfter, times, operations, null);
    }

    private SimulatedFault(Kind kind, Duration latency, int status, Duration retryAfter, int times,
            Set<Operation> operations, DocumentedErrorCode documentedError) {
        this.documentedError = documentedError;
        this.kind = kind;
        this.latency = latency;
        this.status = status;
        this.retryAfter = retryAfter;
        this.times = times;
        this.operations = operations;
    }

    /** A fault of the defaults: one request, of any operation. */
    private static SimulatedFault hitOnce(Kind kind, Duration latency, int status, Duration retryAfter) {
        return new SimulatedFault(kind, latency, status, retryAfter, 1, ALL_OPERATIONS);
    }

    /**
     * Delays the normal answer.
     *
     * @param latency the latency
     * @return the simulated fault
     */
    public static SimulatedFault latency(Duration latency) {
        return hitOnce(Kind.LATENCY, checkLatency(latency), 0, null);
    }

    /**
     * 429 Too Many Requests with {@code Retry-After} (whole seconds) and Partner Center's throttling body.
     *
     * @param retryAfter the retry after
     * @return 429 Too Many Requests with {@code Retry-After} (whole seconds) and Partner Center's throttling body
     */
    public static SimulatedFault throttle(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative() || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("retryAfter must be 0 to 3600 seconds, got " + retryAfter);
        }
        return hitOnce(Kind.STATUS, Duration.ZERO, 429, retryAfter);
    }

    /**
     * An error status (400 to 599) with a Partner Center error body; 429 gets {@code Retry-After: 1} (use
     * {@link #throttle(Duration)} to choose).
     *
     * @param status the status
     * @return an error status (400 to 599) with a Partner Center error body; 429 gets {@code Retry-After: 1} (use
     *     {@link #throttle(Duration)} to choose)
     */
    public static SimulatedFault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a fault status must be 400 to 599, got " + status);
        }
        return status == 429 ? throttle(Duration.ofSeconds(1))
                : hitOnce(Kind.STATUS, Duration.ZERO, status, null);
    }

    /**
     * A documented error the service answers for reasons no seed can hold (a feature not enabled for the partner,
     * a failure inside the service, a concurrent request): its status, code and wording from the error catalogue
     * ({@link DocumentedErrorCode}). Codes: 800001, 800003, 900104, 900135, 900136, 900137, 900138
     * ({@link #ERROR_CODES}).
     *
     * @param code one of {@link #ERROR_CODES}, as a number
     * @return the fault
     * @throws IllegalArgumentException for any other code
     */
    public static SimulatedFault error(int code) {
        DocumentedErrorCode documented = DocumentedErrorCode.of(code).orElse(null);
        if (documented == null || !ERROR_CODES.contains(documented)) {
            throw new IllegalArgumentException("error=" + code + " is not a code a fault can answer; known: "
                    + codesOf(ERROR_CODES));
        }
        return error(documented);
    }

    /**
     * The documented error of {@link #error(int)}, named by its catalogue entry, e.g.
     * {@code SimulatedFault.error(DocumentedErrorCode.PARTNER_NOT_ENABLED)}.
     *
     * @param code one of {@link #ERROR_CODES}
     * @return the fault
     * @throws IllegalArgumentException for any other code
     */
    public static SimulatedFault error(DocumentedErrorCode code) {
        Objects.requireNonNull(code, "code");
        if (!ERROR_CODES.contains(code)) {
            throw new IllegalArgumentException("error=" + code.code() + " is not a code a fault can answer; known: "
                    + codesOf(ERROR_CODES));
        }
        return new SimulatedFault(Kind.STATUS, Duration.ZERO, code.httpStatus(), null, 1, ALL_OPERATIONS, code);
    }

    /**
     * The documented error code this fault answers ({@link #error(int)}) as a number, or 0 for the status's own body.
     *
     * @return the documented error code this fault answers ({@link #error(int)}) as a number, or 0 for the status's
     *     own body
     */
    public int errorCode() {
        return documentedError == null ? 0 : documentedError.numericCode();
    }

    /**
     * The documented error this fault answers ({@link #error(DocumentedErrorCode)}), or null for the status's own body.
     *
     * @return the documented error this fault answers ({@link #error(DocumentedErrorCode)}), or null for the status's
     *     own body
     */
    public DocumentedErrorCode documentedError() {
        return documentedError;
    }

    private static List<String> codesOf(Set<DocumentedErrorCode> codes) {
        List<String> list = new ArrayList<>();
        for (DocumentedErrorCode c : codes) {
            list.add(c.code());
        }
        return list;
    }

    /**
     * 503 Service Unavailable with a Partner Center error body.
     *
     * @return 503 Service Unavailable with a Partner Center error body
     */
    public static SimulatedFault serviceUnavailable() {
        return status(503);
    }

    /**
     * Resets the connection before answering.
     *
     * @return the simulated fault
     */
    public static SimulatedFault connectionReset() {
        return hitOnce(Kind.CONNECTION_RESET, Duration.ZERO, 0, null);
    }

    /**
     * Runs the operation and sends only the first half of its body.
     *
     * @return the simulated fault
     */
    public static SimulatedFault malformedBody() {
        return hitOnce(Kind.MALFORMED_BODY, Duration.ZERO, 0, null);
    }

    /**
     * The same fault, answered after {@code latency}.
     *
     * @param latency the latency
     * @return the same fault, answered after {@code latency}
     */
    public SimulatedFault withLatency(Duration latency) {
        return new SimulatedFault(kind, checkLatency(latency), status, retryAfter, times, operations,
                documentedError);
    }

    /**
     * How many requests it hits (1 to 1,000,000): injected faults count matching requests, header faults attempts.
     *
     * @param times the times
     * @return how many requests it hits (1 to 1,000,000): injected faults count matching requests, header faults
     *     attempts
     */
    public SimulatedFault times(int times) {
        if (times < 1 || times > 1_000_000) {
            throw new IllegalArgumentException("times must be 1 to 1000000, got " + times);
        }
        return new SimulatedFault(kind, latency, status, retryAfter, times, operations, documentedError);
    }

    /**
     * Only requests of these operations are hit (default: all).
     *
     * @param first the first
     * @param more the more
     * @return only requests of these operations are hit (default: all)
     */
    public SimulatedFault on(Operation first, Operation... more) {
        EnumSet<Operation> ops = EnumSet.of(Objects.requireNonNull(first, "operation"), more);
        return new SimulatedFault(kind, latency, status, retryAfter, times, Collections.unmodifiableSet(ops),
                documentedError);
    }

    /** {@return the kind} */
    public Kind kind() {
        return kind;
    }

    /**
     * Added delay; zero when none.
     *
     * @return the duration
     */
    public Duration latency() {
        return latency;
    }

    /**
     * The status of a {@link Kind#STATUS} fault; 0 otherwise.
     *
     * @return the status of a {@link Kind#STATUS} fault; 0 otherwise
     */
    public int status() {
        return status;
    }

    /**
     * The Retry-After of a 429; null otherwise.
     *
     * @return the Retry-After of a 429; null otherwise
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@return the times} */
    public int times() {
        return times;
    }

    /** {@return the operations} */
    public Set<Operation> operations() {
        return operations;
    }

    /**
     * Whether a request of this operation (null when the path matched none) is hit.
     *
     * @param operation the operation
     * @return whether a request of this operation (null when the path matched none) is hit
     */
    public boolean appliesTo(Operation operation) {
        return operations.size() == Operation.values().length || operations.contains(operation);
    }

    /** The fault in {@link FaultSyntax} (header) syntax; operations are not part of it. */
    @Override
    public String toString() {
        return FaultSyntax.format(this);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SimulatedFault)) {
            return false;
        }
        SimulatedFault f = (SimulatedFault) o;
        return kind == f.kind && latency.equals(f.latency) && status == f.status
                && Objects.equals(retryAfter, f.retryAfter) && times == f.times && operations.equals(f.operations)
                && documentedError == f.documentedError;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, latency, status, retryAfter, times, operations, documentedError);
    }

    static Duration checkLatency(Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative() || latency.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("latency must be 0 to 10 minutes, got " + latency);
        }
        return latency;
    }
}
