package io.github.pctransfers.simulator;

/**
 * The documented operations of the transfers API and of the webhook registration API, named by their
 * {@code operationId} in the spec.
 */
public enum Operation {
    /** The {@code createTransfer} operation. */
    CREATE_TRANSFER("createTransfer"),
    /** The {@code listTransfers} operation. */
    LIST_TRANSFERS("listTransfers"),
    /** The {@code getTransfer} operation. */
    GET_TRANSFER("getTransfer"),
    /** The {@code updateTransfer} operation. */
    UPDATE_TRANSFER("updateTransfer"),
    /** The {@code withdrawTransfer} operation. */
    WITHDRAW_TRANSFER("withdrawTransfer"),
    /** The {@code acceptTransfer} operation. */
    ACCEPT_TRANSFER("acceptTransfer"),
    /** The {@code getTransferEligibility} operation. */
    GET_TRANSFER_ELIGIBILITY("getTransferEligibility"),
    /** The {@code listWebhookEvents} operation. */
    LIST_WEBHOOK_EVENTS("listWebhookEvents"),
    /** The {@code createWebhookRegistration} operation. */
    CREATE_WEBHOOK_REGISTRATION("createWebhookRegistration"),
    /** The {@code getWebhookRegistration} operation. */
    GET_WEBHOOK_REGISTRATION("getWebhookRegistration"),
    /** The {@code updateWebhookRegistration} operation. */
    UPDATE_WEBHOOK_REGISTRATION("updateWebhookRegistration"),
    /** The {@code createWebhookValidationEvent} operation. */
    CREATE_WEBHOOK_VALIDATION_EVENT("createWebhookValidationEvent"),
    /** The {@code getWebhookValidationEvent} operation. */
    GET_WEBHOOK_VALIDATION_EVENT("getWebhookValidationEvent");

    private final String operationId;

    Operation(String operationId) {
        this.operationId = operationId;
    }

    /**
     * The spec's operationId, e.g. {@code acceptTransfer}.
     *
     * @return the spec's operationId, e.g. {@code acceptTransfer}
     */
    public String operationId() {
        return operationId;
    }

    /**
     * The operation with this operationId (case-insensitive).
     *
     * @param operationId the operation id
     * @return the operation with this operationId (case-insensitive)
     */
    public static Operation fromOperationId(String operationId) {
        for (Operation o : values()) {
            if (o.operationId.equalsIgnoreCase(operationId)) {
                return o;
            }
        }
        StringBuilder known = new StringBuilder();
        for (Operation o : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(o.operationId);
        }
        throw new IllegalArgumentException("unknown operation \"" + operationId + "\"; known: " + known);
    }
}
