package io.github.pctransfers.client.http;

/** Names of the Partner Center request and response headers. */
public final class PartnerCenterHeaders {
    public static final String AUTHORIZATION = "Authorization";
    public static final String ACCEPT = "Accept";
    public static final String USER_AGENT = "User-Agent";
    /** Per logical call, the idempotency key: the same on every retry of that call. */
    public static final String MS_REQUEST_ID = "MS-RequestId";
    /** Ties calls together in logs and traces; new per call unless the caller sets one. */
    public static final String MS_CORRELATION_ID = "MS-CorrelationId";
    public static final String X_LOCALE = "X-Locale";
    public static final String MS_PARTNER_CENTER_APPLICATION = "MS-PartnerCenter-Application";
    public static final String RETRY_AFTER = "Retry-After";
    public static final String MS_CV = "MS-CV";
    public static final String MS_SERVER_ID = "MS-ServerId";
    public static final String DATE = "Date";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String CONTENT_LENGTH = "Content-Length";

    private PartnerCenterHeaders() {
    }
}
