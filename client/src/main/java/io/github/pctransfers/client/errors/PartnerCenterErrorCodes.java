package io.github.pctransfers.client.errors;

/**
 * The documented error codes of the transfers API ({@code TransferErrorCode} on the transfer entity page, plus
 * 800078 from the error code list), as the text {@link TransfersApiException#errorCode()} returns. Names follow
 * the documented enum names. Codes outside this list still come through {@code errorCode()} unchanged.
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

    private PartnerCenterErrorCodes() {
    }
}
