package io.github.pctransfers.client.observability;

/**
 * How a call or an attempt ended, in a few values fit for a metric tag. The details (status, Partner Center error
 * code, exception type) are in {@link CallEnd} and {@link AttemptEnd}.
 */
public enum CallOutcome {
    /** A 2xx answer, read. */
    SUCCESS,
    /** A 4xx answer other than 429 (bad request, 401 after the refresh, 403, 404, 409, 412). */
    CLIENT_ERROR,
    /** A 429 answer. */
    THROTTLED,
    /** A 5xx answer. */
    SERVER_ERROR,
    /** No answer in time (connect or read timeout). */
    TIMEOUT,
    /** No answer: the connection failed or the response was cut short. */
    TRANSPORT_ERROR,
    /** No token could be had; nothing was sent. */
    TOKEN_ERROR,
    /** An answer that could not be read (not JSON, no body), or any other failure. */
    OTHER_ERROR;

    /**
     * The outcome of an HTTP status that arrived and was read.
     *
     * @param status the HTTP status
     * @return the outcome of an HTTP status that arrived and was read
     */
    public static CallOutcome ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return SUCCESS;
        }
        if (status == 429) {
            return THROTTLED;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return status >= 400 ? CLIENT_ERROR : OTHER_ERROR;
    }
}
