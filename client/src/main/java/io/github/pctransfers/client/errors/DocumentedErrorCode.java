package io.github.pctransfers.client.errors;

import java.util.Optional;

/**
 * A transfer error code as the error-codes page documents it (https://learn.microsoft.com/en-us/partner-center/
 * developer/error-codes): the code, the HTTP status it comes with and the page's wording ({@code {0}}, {@code {1}}
 * stand for what the service fills in). The same codes are plain-text constants of
 * {@link PartnerCenterErrorCodes}, which is what {@link TransfersApiException#errorCode()} returns.
 *
 * <p>The first thirteen are the {@code TransferErrorCode} enum of the transfer entity page (and 800078); the
 * rest (900131 to 900148) are the transfer rows the error-codes page added. The status tells which exception
 * the client throws: 400 {@link BadRequestException}, 401 {@link AuthenticationException}, 403
 * {@link PermissionDeniedException}, 404 {@link NotFoundException}, 409 {@link ConflictException}, 500
 * {@link ServerException}.
 */
public enum DocumentedErrorCode {
    PARTNER_TOKEN_MISSING(PartnerCenterErrorCodes.PARTNER_TOKEN_MISSING, 401,
            "Partner Token missing in request context"),
    INVALID_INPUT(PartnerCenterErrorCodes.INVALID_INPUT, 400, "Invalid request input"),
    SERVICE_EXCEPTION(PartnerCenterErrorCodes.SERVICE_EXCEPTION, 500, "Unexpected service error"),
    INVALID_OFFER_ID(PartnerCenterErrorCodes.INVALID_OFFER_ID, 400, "Invalid offer ID"),
    CREATE_ORDER_ERROR(PartnerCenterErrorCodes.CREATE_ORDER_ERROR, 500, "Create order isn't successful"),
    MPN_ID_NOT_FOUND(PartnerCenterErrorCodes.MPN_ID_NOT_FOUND, 404, "PartnerID isn't found"),
    NOT_VALID_INDIRECT_RESELLER_MPN_ID(PartnerCenterErrorCodes.NOT_VALID_INDIRECT_RESELLER_MPN_ID, 400,
            "PartnerID isn't a valid Indirect Reseller"),
    INVALID_SUBSCRIPTION(PartnerCenterErrorCodes.INVALID_SUBSCRIPTION, 400,
            "Transfer can't be created with invalid subscription"),
    TRANSFER_ID_NOT_FOUND(PartnerCenterErrorCodes.TRANSFER_ID_NOT_FOUND, 404, "Transfer request not found"),
    TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS(
            PartnerCenterErrorCodes.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS, 409,
            "This transfer isn't allowed as original transfer {0} is in progress"),
    TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED(
            PartnerCenterErrorCodes.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED, 400,
            "Can't process the transfer request for {1} transfer {0}"),
    TRANSFER_CREATE_ORDER_ERROR(PartnerCenterErrorCodes.TRANSFER_CREATE_ORDER_ERROR, 500,
            "Transfer order isn't successful"),
    TRANSFER_PROCESSED_BY_ANOTHER_REQUEST(PartnerCenterErrorCodes.TRANSFER_PROCESSED_BY_ANOTHER_REQUEST, 409,
            "Transfer {0} is being processed by another request"),
    CUSTOMER_HAS_LEGACY_AZURE_SUBSCRIPTIONS(PartnerCenterErrorCodes.CUSTOMER_HAS_LEGACY_AZURE_SUBSCRIPTIONS, 400,
            "This transfer request can't be initiated as the customer has legacy Azure subscriptions"),
    AZURE_PLAN_NOT_ACTIVE(PartnerCenterErrorCodes.AZURE_PLAN_NOT_ACTIVE, 400,
            "This transfer request can't be initiated as the Azure plan isn't active, please enable the Azure plan"),
    AZURE_PLAN_NOT_PURCHASED(PartnerCenterErrorCodes.AZURE_PLAN_NOT_PURCHASED, 400,
            "This transfer request can't be initiated as customer hasn't purchased Azure plan"),
    AZURE_PLAN_NOT_PURCHASABLE(PartnerCenterErrorCodes.AZURE_PLAN_NOT_PURCHASABLE, 400,
            "This transfer request can't be initiated as the Azure plan isn't purchasable"),
    INITIATE_TRANSFER_FAILED(PartnerCenterErrorCodes.INITIATE_TRANSFER_FAILED, 500,
            "Initiate transfer request failed. Try again later"),
    SOURCE_PARTNER_DETAILS_MISSING(PartnerCenterErrorCodes.SOURCE_PARTNER_DETAILS_MISSING, 400,
            "Transfer can't be initiated as source partner email/domain details missing in the request"),
    PARTNER_NOT_ENABLED(PartnerCenterErrorCodes.PARTNER_NOT_ENABLED, 403,
            "Transfer can't be created as partner: {0} not enabled for this feature"),
    NATIONAL_CLOUD_NOT_SUPPORTED(PartnerCenterErrorCodes.NATIONAL_CLOUD_NOT_SUPPORTED, 403,
            "Transfer can't be created as partner's: {0} national cloud {1} isn't supported"),
    AZURE_SUBSCRIPTIONS_BLOCK_ACCEPT(PartnerCenterErrorCodes.AZURE_SUBSCRIPTIONS_BLOCK_ACCEPT, 403,
            "Transfer request can't be accepted. Please request the partner to create transfer without Azure "
                    + "subscription(s)"),
    AZURE_RESERVATIONS_DO_NOT_TRANSFER(PartnerCenterErrorCodes.AZURE_RESERVATIONS_DO_NOT_TRANSFER, 400,
            "This request for transfer of billing ownership can't be completed as Azure reservations don't "
                    + "transfer with subscriptions. Cancel the Azure reservations associated with the subscriptions "
                    + "in your selection and try again."),
    MARKETPLACE_PRODUCTS_DO_NOT_TRANSFER(PartnerCenterErrorCodes.MARKETPLACE_PRODUCTS_DO_NOT_TRANSFER, 400,
            "This request for transfer of billing ownership can't be completed as third-party marketplace products "
                    + "don't transfer with subscriptions. Remove the third-party marketplace products from your "
                    + "selection and try again."),
    INVALID_PARTNER_DOMAIN(PartnerCenterErrorCodes.INVALID_PARTNER_DOMAIN, 400,
            "Provide a valid domain associated with the current partner"),
    SOURCE_PARTNER_IS_REQUESTER(PartnerCenterErrorCodes.SOURCE_PARTNER_IS_REQUESTER, 400,
            "Transfer creation failed due to source partner details matched with requesting partner");

    private final String code;
    private final int httpStatus;
    private final String wording;

    DocumentedErrorCode(String code, int httpStatus, String wording) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.wording = wording;
    }

    /** The code as {@link TransfersApiException#errorCode()} returns it, e.g. {@code "900100"}. */
    public String code() {
        return code;
    }

    /** The HTTP status the error-codes page gives this code. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The page's wording, with its {@code {0}} / {@code {1}} placeholders. */
    public String wording() {
        return wording;
    }

    /** The documented code with this text (surrounding blanks ignored); empty for any other code. */
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

    @Override
    public String toString() {
        return code + " (HTTP " + httpStatus + "): " + wording;
    }
}
