package io.github.pctransfers.simulator;

/** The documented operations of the transfers API, named by their {@code operationId} in the spec. */
public enum Operation {
    CREATE_TRANSFER("createTransfer"),
    LIST_TRANSFERS("listTransfers"),
    GET_TRANSFER("getTransfer"),
    UPDATE_TRANSFER("updateTransfer"),
    WITHDRAW_TRANSFER("withdrawTransfer"),
    ACCEPT_TRANSFER("acceptTransfer"),
    GET_TRANSFER_ELIGIBILITY("getTransferEligibility");

    private final String operationId;

    Operation(String operationId) {
        this.operationId = operationId;
    }

    /** The spec's operationId, e.g. {@code acceptTransfer}. */
    public String operationId() {
        return operationId;
    }

    /** The operation with this operationId (case-insensitive). */
    public static Operation fromOperationId(String operationId) {
        for (Operation o : values()) {
            if (o.operationId.equalsIgnoreCase(operationId)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown operation \"" + operationId + "\"; known: createTransfer, "
                + "listTransfers, getTransfer, updateTransfer, withdrawTransfer, acceptTransfer, getTransferEligibility");
    }
}
