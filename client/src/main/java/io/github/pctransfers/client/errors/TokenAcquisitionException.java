package io.github.pctransfers.client.errors;

import java.util.Optional;

/**
 * No access token could be had: the Microsoft Entra token endpoint refused the client credentials or could not
 * be reached, or a caller's token supplier failed. Nothing was sent to Partner Center. The message carries the
 * endpoint's OAuth error (e.g. {@code invalid_client}) and description, never the client secret.
 */
public class TokenAcquisitionException extends TransfersException {
    private static final long serialVersionUID = 1L;
    private final int statusCode;
    private final String error;
    private final boolean isTransient;

    /**
     * @param message what went wrong
     * @param statusCode the token endpoint's HTTP status, or 0 when no response arrived
     * @param error the OAuth {@code error} code, or null
     * @param isTransient whether trying again later may succeed (no response, 429, 5xx)
     * @param requestId the MS-RequestId of the call
     * @param cause the underlying failure, or null
     */
    public TokenAcquisitionException(String message, int statusCode, String error, boolean isTransient,
            String requestId, Throwable cause) {
        super(message, requestId, cause);
        this.statusCode = statusCode;
        this.error = error;
        this.isTransient = isTransient;
    }

    /**
     * The token endpoint's HTTP status; 0 when no response arrived.
     *
     * @return the token endpoint's HTTP status; 0 when no response arrived
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The OAuth error code the token endpoint sent, e.g. {@code invalid_client}.
     *
     * @return the OAuth error code the token endpoint sent, e.g. {@code invalid_client}
     */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Whether the failure may pass by itself (no response, 429 or 5xx): the client retries those.
     *
     * @return whether the failure may pass by itself (no response, 429 or 5xx): the client retries those
     */
    public boolean isTransient() {
        return isTransient;
    }

    /**
     * The same failure, tied to the Partner Center call that needed the token.
     *
     * @param requestId the MS-RequestId of the call
     * @return the same failure, tied to the Partner Center call that needed the token
     */
    public TokenAcquisitionException forRequest(String requestId) {
        TokenAcquisitionException copy = new TokenAcquisitionException(getMessage(), statusCode, error, isTransient,
                requestId, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }
}
