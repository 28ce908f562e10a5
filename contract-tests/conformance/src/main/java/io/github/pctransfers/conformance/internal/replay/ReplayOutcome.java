package io.github.pctransfers.conformance.internal.replay;

import java.util.List;
import java.util.Optional;

/**
 * What happened when the client was called with a case's documented arguments.
 *
 * @param facadeCall what was called, e.g. {@code rejectTransfer(customerId, transferId, options)}; null when the
 *                   documented request maps to no facade method
 * @param planProblem why no facade method could be called, or null
 * @param received   the requests the stub server received, in order
 * @param value      what the facade returned (for accept, the {@code TransferSubmitResult}); null for a withdraw
 *                   or when it threw
 * @param thrown     what the facade threw, or null
 * @param reply      what the stub server answered
 */
public record ReplayOutcome(String facadeCall, String planProblem, List<ReceivedRequest> received, Object value,
        Throwable thrown, StubReply reply) {

    /**
     * Checks and copies the components.
     *
     * @param facadeCall what was called, e.g. {@code rejectTransfer(customerId, transferId, options)}; null when the documented request maps to no facade method
     * @param planProblem why no facade method could be called, or null
     * @param received the requests the stub server received, in order
     * @param reply what the stub server answered
     * @param thrown what the facade threw, or null
     * @param value what the facade returned (for accept, the {@code TransferSubmitResult}); null for a withdraw or when it threw
     */
    public ReplayOutcome {
        received = List.copyOf(received);
    }

    /** An outcome where no facade method could be called. */
    static ReplayOutcome notCalled(String problem, StubReply reply) {
        return new ReplayOutcome(null, problem, List.of(), null, null, reply);
    }

    /** {@return whether a client call was made} */
    public boolean called() {
        return facadeCall != null;
    }

    /** {@return the failure} */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(thrown);
    }
}
