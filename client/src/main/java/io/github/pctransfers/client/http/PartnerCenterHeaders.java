package io.github.pctransfers.client.http;

/** Names of the Partner Center request and response headers. */
public final class PartnerCenterHeaders {
    /** The {@code Authorization} header. */
    public static final String AUTHORIZATION = "Authorization";
    /** The {@code Accept} header. */
    public static final String ACCEPT = "Accept";
    /** The {@code User-Agent} header. */
    public static final String USER_AGENT = "User-Agent";
    /** Per logical call, the idempotency key: the same on every retry of that call. */
    public static final String MS_REQUEST_ID = "MS-RequestId";
    /** Ties calls together in logs and traces; new per call unless the caller sets one. */
    public static final String MS_CORRELATION_ID = "MS-CorrelationId";
    /** The {@code X-Locale} header. */
    public static final String X_LOCALE = "X-Locale";
    /** The {@code MS-PartnerCenter-Application} header. */
    public static final String MS_PARTNER_CENTER_APPLICATION = "MS-PartnerCenter-Application";
    /** The {@code Retry-After} header. */
    public static final String RETRY_AFTER = "Retry-After";
    /** The {@code MS-CV} header. */
    public static final String MS_CV = "MS-CV";
    /** The {@code MS-ServerId} header. */
    public static final String MS_SERVER_ID = "MS-ServerId";
    /** The {@code Date} header. */
    public static final String DATE = "Date";
    /** The {@code Content-Type} header. */
    public static final String CONTENT_TYPE = "Content-Type";
    /** The {@code Content-Length} header. */
    public static final String CONTENT_LENGTH = "Content-Length";

    private PartnerCenterHeaders() {
    }
}
