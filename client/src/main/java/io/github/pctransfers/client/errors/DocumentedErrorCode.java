package io.github.pctransfers.client.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalogue of the transfer error codes of the error-codes page
 * (https://learn.microsoft.com/en-us/partner-center/developer/error-codes): each code with the HTTP status it comes
 * with and the page's wording. This enum is the one place the project writes them: the client reads a body's code
 * through it ({@link TransfersApiException#documentedErrorCode()}) and the simulator answers with its status and
 * wording.
 *
 * <p>The page writes what the service fills in as {@code {0}}, {@code {1}}; the catalogue names them instead
 * ({@code {transferId}}, {@code {status}}, ...). {@link #placeholders()} lists the names in the page's order (the
 * first is the page's {@code {0}}) and {@link #fill(Map)} puts values in.
 *
 * <p>The first thirteen are the {@code TransferErrorCode} enum of the transfer entity page (names follow its names)
 * and 800078; the rest (900131 to 900148) are the transfer rows the error-codes page added (names made from their
 * wording). The status tells which exception the client throws: 400 {@link BadRequestException}, 401
 * {@link AuthenticationException}, 403 {@link PermissionDeniedException}, 404 {@link NotFoundException}, 409
 * {@link ConflictException}, 500 {@link ServerException}. Codes outside the catalogue still come through
 * {@link TransfersApiException#errorCode()} unchanged.
 */
public enum DocumentedErrorCode {
    /** 800001, 401: the partner token is missing. */
    PARTNER_TOKEN_MISSING("800001", 401, "Partner Token missing in request context"),
    /** 800002, 400: the request input is invalid. */
    INVALID_INPUT("800002", 400, "Invalid request input"),
    /** 800003, 500: unexpected service error. */
    SERVICE_EXCEPTION("800003", 500, "Unexpected service error"),
    /** 800004, 400: the offer is invalid. */
    INVALID_OFFER_ID("800004", 400, "Invalid offer ID"),
    /** 800005, 500: the order could not be created. */
    CREATE_ORDER_ERROR("800005", 500, "Create order isn't successful"),
    /** 800015, 404: the partner id (MPN id) was not found. */
    MPN_ID_NOT_FOUND("800015", 404, "PartnerID isn't found"),
    /** 800016, 400: the partner id is not a valid indirect reseller. */
    NOT_VALID_INDIRECT_RESELLER_MPN_ID("800016", 400, "PartnerID isn't a valid Indirect Reseller"),
    /** 800078, 400: a transfer cannot be created with an invalid subscription. */
    INVALID_SUBSCRIPTION("800078", 400, "Transfer can't be created with invalid subscription"),
    /** 900100, 404: the transfer does not exist (also after a withdraw). */
    TRANSFER_ID_NOT_FOUND("900100", 404, "Transfer request not found"),
    /** 900101, 409: the transfer is already in progress. */
    TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS("900101", 409,
            "This transfer isn't allowed as original transfer {transferId} is in progress"),
    /** 900102, 400: the transfer is no longer in a status the change applies to (e.g. already complete). */
    TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED("900102", 400,
            "Can't process the transfer request for {status} transfer {transferId}", "transferId", "status"),
    /** 900103, 500 (or per line item inside a 2xx accept): the transfer order failed. */
    TRANSFER_CREATE_ORDER_ERROR("900103", 500, "Transfer order isn't successful"),
    /** 900104, 409: another request is processing the transfer. */
    TRANSFER_PROCESSED_BY_ANOTHER_REQUEST("900104", 409, "Transfer {transferId} is being processed by another request"),
    /** 900131, 400: creation refused, the customer has legacy Azure subscriptions. */
    CUSTOMER_HAS_LEGACY_AZURE_SUBSCRIPTIONS("900131", 400,
            "This transfer request can't be initiated as the customer has legacy Azure subscriptions"),
    /** 900132, 400: creation refused, the customer's Azure plan is not active. */
    AZURE_PLAN_NOT_ACTIVE("900132", 400,
            "This transfer request can't be initiated as the Azure plan isn't active, please enable the Azure plan"),
    /** 900133, 400: creation refused, the customer has not purchased an Azure plan. */
    AZURE_PLAN_NOT_PURCHASED("900133", 400,
            "This transfer request can't be initiated as customer hasn't purchased Azure plan"),
    /** 900134, 400: creation refused, the Azure plan is not purchasable. */
    AZURE_PLAN_NOT_PURCHASABLE("900134", 400,
            "This transfer request can't be initiated as the Azure plan isn't purchasable"),
    /** 900135, 500: initiating the transfer failed; try again later. */
    INITIATE_TRANSFER_FAILED("900135", 500, "Initiate transfer request failed. Try again later"),
    /** 900136, 400: the source partner's e-mail or domain details are missing from the request. */
    SOURCE_PARTNER_DETAILS_MISSING("900136", 400,
            "Transfer can't be initiated as source partner email/domain details missing in the request"),
    /** 900137, 403: the partner is not enabled for this feature. */
    PARTNER_NOT_ENABLED("900137", 403,
            "Transfer can't be created as partner: {partnerTenantId} not enabled for this feature"),
    /** 900138, 403: the partner's national cloud is not supported. */
    NATIONAL_CLOUD_NOT_SUPPORTED("900138", 403,
            "Transfer can't be created as partner's: {partnerTenantId} national cloud {nationalCloud} isn't supported"),
    /** 900139, 403: the transfer cannot be accepted with Azure subscriptions in it. */
    AZURE_SUBSCRIPTIONS_BLOCK_ACCEPT("900139", 403,
            "Transfer request can't be accepted. Please request the partner to create transfer without Azure "
                    + "subscription(s)"),
    /** 900145, 400: Azure reservations do not transfer with subscriptions; cancel them first. */
    AZURE_RESERVATIONS_DO_NOT_TRANSFER("900145", 400,
            "This request for transfer of billing ownership can't be completed as Azure reservations don't "
                    + "transfer with subscriptions. Cancel the Azure reservations associated with the subscriptions "
                    + "in your selection and try again."),
    /** 900146, 400: third-party marketplace products do not transfer with subscriptions; remove them first. */
    MARKETPLACE_PRODUCTS_DO_NOT_TRANSFER("900146", 400,
            "This request for transfer of billing ownership can't be completed as third-party marketplace products "
                    + "don't transfer with subscriptions. Remove the third-party marketplace products from your "
                    + "selection and try again."),
    /** 900147, 400: the domain is not one of the current partner's. */
    INVALID_PARTNER_DOMAIN("900147", 400, "Provide a valid domain associated with the current partner"),
    /** 900148, 400: the source partner named in the create is the requesting partner. */
    SOURCE_PARTNER_IS_REQUESTER("900148", 400,
            "Transfer creation failed due to source partner details matched with requesting partner");

    /** The enum's constructor cannot read the enum's own static fields: the pattern lives in a holder. */
    private static final class Placeholder {
        static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z]+)}");
    }

    private final String code;
    private final int httpStatus;
    private final String wording;
    private final List<String> placeholders;

    /**
     * {@code pageOrder} names the placeholders in the page's {@code {0}, {1}} order when it differs from the order
     * they appear in the wording (only 900102 puts {@code {1}} first).
     */
    DocumentedErrorCode(String code, int httpStatus, String wording, String... pageOrder) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.wording = wording;
        List<String> named = new ArrayList<>();
        Matcher m = Placeholder.PATTERN.matcher(wording);
        while (m.find()) {
            named.add(m.group(1));
        }
        if (pageOrder.length > 0) {
            if (named.size() != pageOrder.length || !new HashSet<>(named).equals(new HashSet<>(List.of(pageOrder)))) {
                throw new IllegalStateException(code + ": page order " + List.of(pageOrder) + " must name " + named);
            }
            named = List.of(pageOrder);
        }
        this.placeholders = Collections.unmodifiableList(named);
    }

    /**
     * The code as {@link TransfersApiException#errorCode()} returns it, e.g. {@code "900100"}.
     *
     * @return the code as {@link TransfersApiException#errorCode()} returns it, e.g. {@code "900100"}
     */
    public String code() {
        return code;
    }

    /**
     * The code as a number, as the service sends it in a JSON body, e.g. {@code 900100}.
     *
     * @return the code as a number, as the service sends it in a JSON body, e.g. {@code 900100}
     */
    public int numericCode() {
        return Integer.parseInt(code);
    }

    /**
     * The HTTP status the error-codes page gives this code.
     *
     * @return the HTTP status the error-codes page gives this code
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The page's wording with named placeholders, e.g.
     * {@code "Transfer {transferId} is being processed by another request"}.
     *
     * @return the page's wording with named placeholders, e.g. {@code "Transfer {transferId} is being processed by
     *     another request"}
     */
    public String wording() {
        return wording;
    }

    /**
     * The names of the wording's placeholders in the page's order: the first is what the page writes as
     * {@code {0}}, the second {@code {1}}; empty when the wording has none.
     *
     * @return the names of the wording's placeholders in the page's order: the first is what the page writes as {@code
     *     {0}}, the second {@code {1}}; empty when the wording has none
     */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * The wording with each placeholder replaced by its value, e.g.
     * {@code TRANSFER_PROCESSED_BY_ANOTHER_REQUEST.fill(Map.of("transferId", id))}.
     *
     * @param values a value for each of {@link #placeholders()} and for nothing else
     * @return the filled wording
     * @throws IllegalArgumentException when a placeholder has no value (or a null one) or a value names no placeholder
     */
    public String fill(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        for (String name : values.keySet()) {
            if (!placeholders.contains(name)) {
                throw new IllegalArgumentException(code + " has no placeholder {" + name + "}; its placeholders: "
                        + placeholders);
            }
        }
        StringBuilder filled = new StringBuilder();
        Matcher m = Placeholder.PATTERN.matcher(wording);
        int last = 0;
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(code + " needs a value for {" + m.group(1) + "}; its placeholders: "
                        + placeholders);
            }
            filled.append(wording, last, m.start()).append(value);
            last = m.end();
        }
        return filled.append(wording, last, wording.length()).toString();
    }

    /**
     * The documented code with this text (surrounding blanks ignored).
     *
     * @param code a code as the service sends it, e.g. {@code "900100"}; may be null
     * @return the documented code, empty for any other text
     */
    public static Optional<DocumentedErrorCode> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        for (DocumentedErrorCode documented : values()) {
            if (documented.code.equals(trimmed)) {
                return Optional.of(documented);
            }
        }
        return Optional.empty();
    }

    /**
     * The documented code with this number.
     *
     * @param code a code as a JSON body carries it, e.g. {@code 900100}
     * @return the documented code, empty for any other number
     */
    public static Optional<DocumentedErrorCode> of(long code) {
        return of(Long.toString(code));
    }

    /** The code, status and wording, e.g. {@code 900100 (HTTP 404): Transfer request not found}. */
    @Override
    public String toString() {
        return code + " (HTTP " + httpStatus + "): " + wording;
    }
}
