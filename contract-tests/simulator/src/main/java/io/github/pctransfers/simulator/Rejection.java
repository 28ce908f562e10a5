package io.github.pctransfers.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a request is refused, as Partner Center says it: the HTTP status, the documented error code
 * (transfers-api.md 10), a description and the data list. {@link TransferReplies} turns it into the error body.
 */
final class Rejection {
    /** 400: the request is malformed or does not apply to this kind of transfer. */
    static final int INVALID_INPUT = 800002;
    /** 400: a line item names a subscription that cannot be transferred. */
    static final int INVALID_SUBSCRIPTION = 800078;
    /** 404: no such transfer for this customer. */
    static final int TRANSFER_NOT_FOUND = 900100;
    /** 409: the submitted line items of a new-commerce transfer are still being processed. */
    static final int TRANSFER_IN_PROGRESS = 900101;
    /** 400: the transfer is not in the status the change needs. */
    static final int WRONG_STATUS = 900102;
    /** 409: an accept is running on the transfer. */
    static final int PROCESSED_BY_ANOTHER_REQUEST = 900104;

    private final int status;
    private final int code;
    private final String description;
    private final List<String> data;
    private final List<String> reasons;

    private Rejection(int status, int code, String description, List<String> data) {
        this(status, code, description, data, List.of());
    }

    private Rejection(int status, int code, String description, List<String> data, List<String> reasons) {
        this.status = status;
        this.code = code;
        this.description = Objects.requireNonNull(description, "description");
        this.data = List.copyOf(data);
        this.reasons = List.copyOf(reasons);
    }

    /** Why, in detail, where the body does not say (e.g. why each subscription is invalid); may be empty. */
    List<String> reasons() {
        return reasons;
    }

    /** 400 800002. */
    static Rejection invalid(String description) {
        return new Rejection(400, INVALID_INPUT, description, List.of());
    }

    /**
     * 400 800078 "Transfer can't be {@code change} with an invalid subscription. Subscription: {ids}", the ids in
     * lowercase as the documented error texts quote subscriptions; {@code reasons} (why each is invalid) are for
     * the simulator's log, the body's data list stays empty as in the error examples.
     */
    static Rejection invalidSubscriptions(String change, List<String> subscriptionIds, List<String> reasons) {
        StringBuilder ids = new StringBuilder();
        for (String id : subscriptionIds) {
            ids.append(ids.length() == 0 ? "" : ", ").append(lower(id));
        }
        return new Rejection(400, INVALID_SUBSCRIPTION, "Transfer can't be " + change
                + " with an invalid subscription. Subscription: " + ids, List.of(), reasons);
    }

    /** 404 900100. */
    static Rejection notFound(String customerId, String transferId) {
        return new Rejection(404, TRANSFER_NOT_FOUND, "Transfer " + lower(transferId) + " was not found for customer "
                + lower(customerId) + ".", List.of());
    }

    /** 409 900101. */
    static Rejection inProgress(String transferId) {
        return new Rejection(409, TRANSFER_IN_PROGRESS, "Transfer " + transferId + " is already in progress.",
                List.of());
    }

    /** 400 900102 with the documented template "Can't process the transfer request for {status} transfer {id}". */
    static Rejection wrongStatus(String status, String transferId) {
        return new Rejection(400, WRONG_STATUS, "Can't process the transfer request for " + status + " transfer "
                + transferId, List.of());
    }

    /** 400: the source partner of a new-commerce create is the caller itself. */
    static final int SOURCE_IS_REQUESTER = 900148;
    /** 403: a transfer holding Azure subscriptions cannot be accepted. */
    static final int AZURE_SUBSCRIPTIONS_NOT_ACCEPTED = 900139;

    /** 400 900148, in the current error-codes page's wording. */
    static Rejection sourceIsRequester() {
        return new Rejection(400, SOURCE_IS_REQUESTER, "Transfer creation failed due to source partner details "
                + "matched with requesting partner", List.of());
    }

    /** 403 900139, in the current error-codes page's wording. */
    static Rejection azureSubscriptionsNotAccepted() {
        return new Rejection(403, AZURE_SUBSCRIPTIONS_NOT_ACCEPTED, "Transfer request can't be accepted. Please "
                + "request the partner to create transfer without Azure subscription(s)", List.of());
    }

    /** 409 900104. */
    static Rejection processedByAnotherRequest(String transferId) {
        return new Rejection(409, PROCESSED_BY_ANOTHER_REQUEST, "Transfer " + transferId
                + " is being processed by another request.", List.of());
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    String description() {
        return description;
    }

    List<String> data() {
        return data;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Rejection)) {
            return false;
        }
        Rejection r = (Rejection) o;
        return status == r.status && code == r.code && description.equals(r.description) && data.equals(r.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, code, description, data);
    }

    @Override
    public String toString() {
        return status + " " + code + " " + description + (data.isEmpty() ? "" : " " + data)
                + (reasons.isEmpty() ? "" : " " + reasons);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
