package io.github.pctransfers.client.errors;

import java.util.Optional;

/**
 * The documented error codes of the transfers API, as the text {@link TransfersApiException#errorCode()} returns:
 * the {@code TransferErrorCode} enum of the transfer entity page (names follow its names), 800078, and the
 * transfer rows the error-codes page added (900131 to 900139, 900145 to 900148; names made from their wording).
 * Each constant's HTTP status and wording are in {@link DocumentedErrorCode} (same names); {@link #documented}
 * looks a code up. Codes outside this list still come through {@code errorCode()} unchanged.
 */
public final class PartnerCenterErrorCodes {
    /** 401: the partner token is missing. */
    public static final String PARTNER_TOKEN_MISSING = "800001";
    /** 400: the request input is invalid. */
    public static final String INVALID_INPUT = "800002";
    /** 500: unexpected service error. */
    public static final String SERVICE_EXCEPTION = "800003";
    /** 400: the offer is invalid. */
    public static final String INVALID_OFFER_ID = "800004";
    /** 500: the order could not be created. */
    public static final String CREATE_ORDER_ERROR = "800005";
    /** 404: the partner id (MPN id) was not found. */
    public static final String MPN_ID_NOT_FOUND = "800015";
    /** 400: the partner id is not a valid indirect reseller. */
    public static final String NOT_VALID_INDIRECT_RESELLER_MPN_ID = "800016";
    /** 400: a transfer cannot be created with an invalid subscription. */
    public static final String INVALID_SUBSCRIPTION = "800078";
    /** 404: the transfer does not exist (also after a withdraw). */
    public static final String TRANSFER_ID_NOT_FOUND = "900100";
    /** 409: the transfer is already in progress. */
    public static final String TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS = "900101";
    /** 400: the transfer is already complete. */
    public static final String TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED = "900102";
    /** 500, or per line item inside a 2xx accept: the transfer order failed. */
    public static final String TRANSFER_CREATE_ORDER_ERROR = "900103";
    /** 409: another request is processing the transfer. */
    public static final String TRANSFER_PROCESSED_BY_ANOTHER_REQUEST = "900104";
    /** 400: creation refused, the customer has legacy Azure subscriptions. */
    public static final String CUSTOMER_HAS_LEGACY_AZURE_SUBSCRIPTIONS = "900131";
    /** 400: creation refused, the customer's Azure plan is not active. */
    public static final String AZURE_PLAN_NOT_ACTIVE = "900132";
    /** 400: creation refused, the customer has not purchased an Azure plan. */
    public static final String AZURE_PLAN_NOT_PURCHASED = "900133";
    /** 400: creation refused, the Azure plan is not purchasable. */
    public static final String AZURE_PLAN_NOT_PURCHASABLE = "900134";
    /** 500: initiating the transfer failed; try again later. */
    public static final String INITIATE_TRANSFER_FAILED = "900135";
    /** 400: the source partner's e-mail or domain details are missing from the request. */
    public static final String SOURCE_PARTNER_DETAILS_MISSING = "900136";
    /** 403: the partner is not enabled for this feature. */
    public static final String PARTNER_NOT_ENABLED = "900137";
    /** 403: the partner's national cloud is not supported. */
    public static final String NATIONAL_CLOUD_NOT_SUPPORTED = "900138";
    /** 403: the transfer cannot be accepted with Azure subscriptions in it. */
    public static final String AZURE_SUBSCRIPTIONS_BLOCK_ACCEPT = "900139";
    /** 400: Azure reservations do not transfer with subscriptions; cancel them first. */
    public static final String AZURE_RESERVATIONS_DO_NOT_TRANSFER = "900145";
    /** 400: third-party marketplace products do not transfer with subscriptions; remove them first. */
    public static final String MARKETPLACE_PRODUCTS_DO_NOT_TRANSFER = "900146";
    /** 400: the domain is not one of the current partner's. */
    public static final String INVALID_PARTNER_DOMAIN = "900147";
    /** 400: the source partner named in the create is the requesting partner. */
    public static final String SOURCE_PARTNER_IS_REQUESTER = "900148";

    private PartnerCenterErrorCodes() {
    }

    /** The status and wording of a documented code, e.g. {@code documented(e.errorCode().orElse(null))}. */
    public static Optional<DocumentedErrorCode> documented(String code) {
        return DocumentedErrorCode.of(code);
    }
}
