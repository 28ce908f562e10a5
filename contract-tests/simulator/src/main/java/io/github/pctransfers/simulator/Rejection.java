package io.github.pctransfers.simulator;

import io.github.pctransfers.client.errors.DocumentedErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Why a request is refused, as Partner Center says it: a code of the error catalogue ({@link DocumentedErrorCode}),
 * whose status and wording the answer carries, and the data list, which holds what the wording does not say (the
 * simulator's detail of an invalid input, the invalid subscriptions). {@link TransferReplies} turns it into the
 * error body.
 */
final class Rejection {
    private final DocumentedErrorCode documented;
    private final String description;
    private final List<String> data;
    private final List<String> reasons;

    private Rejection(DocumentedErrorCode documented, Map<String, ?> values, List<String> data, List<String> reasons) {
        this.documented = Objects.requireNonNull(documented, "documented");
        this.description = documented.fill(values);
        this.data = List.copyOf(data);
        this.reasons = List.copyOf(reasons);
    }

    private static Rejection of(DocumentedErrorCode documented, Map<String, ?> values, String... data) {
        return new Rejection(documented, values, List.of(data), List.of());
    }

    /** Why, in detail, where the body does not say (e.g. why each subscription is invalid); may be empty. */
    List<String> reasons() {
        return reasons;
    }

    /** 400 800002; {@code detail} (what is wrong with the input) is the data list's one entry. */
    static Rejection invalid(String detail) {
        return of(DocumentedErrorCode.INVALID_INPUT, Map.of(), detail);
    }

    /**
     * 400 800078, the data list naming each invalid subscription in lowercase (as the documented error texts quote
     * subscriptions); {@code reasons} (why each is invalid) are for the simulator's log.
     */
    static Rejection invalidSubscriptions(List<String> subscriptionIds, List<String> reasons) {
        List<String> ids = new ArrayList<>();
        for (String id : subscriptionIds) {
            ids.add(lower(id));
        }
        return new Rejection(DocumentedErrorCode.INVALID_SUBSCRIPTION, Map.of(), ids, reasons);
    }

    /** 404 900100, the data list naming the transfer and the customer. */
    static Rejection notFound(String customerId, String transferId) {
        return of(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND, Map.of(), "Transfer " + lower(transferId)
                + " was not found for customer " + lower(customerId) + ".");
    }

    /** 409 900101. */
    static Rejection inProgress(String transferId) {
        return of(DocumentedErrorCode.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS, Map.of("transferId", transferId));
    }

    /** 400 900102: the transfer is in {@code status}, which the change does not apply to. */
    static Rejection wrongStatus(String status, String transferId) {
        return of(DocumentedErrorCode.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED,
                Map.of("status", status, "transferId", transferId));
    }

    /** 400 900148: the source partner of a new-commerce create is the caller itself. */
    static Rejection sourceIsRequester() {
        return of(DocumentedErrorCode.SOURCE_PARTNER_IS_REQUESTER, Map.of());
    }

    /** 403 900139: a transfer holding Azure subscriptions cannot be accepted. */
    static Rejection azureSubscriptionsNotAccepted() {
        return of(DocumentedErrorCode.AZURE_SUBSCRIPTIONS_BLOCK_ACCEPT, Map.of());
    }

    /** 409 900104: an accept is running on the transfer. */
    static Rejection processedByAnotherRequest(String transferId) {
        return of(DocumentedErrorCode.TRANSFER_PROCESSED_BY_ANOTHER_REQUEST, Map.of("transferId", transferId));
    }

    DocumentedErrorCode documented() {
        return documented;
    }

    int status() {
        return documented.httpStatus();
    }

    int code() {
        return documented.numericCode();
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
        return documented == r.documented && description.equals(r.description) && data.equals(r.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documented, description, data);
    }

    @Override
    public String toString() {
        return status() + " " + code() + " " + description + (data.isEmpty() ? "" : " " + data)
                + (reasons.isEmpty() ? "" : " " + reasons);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
