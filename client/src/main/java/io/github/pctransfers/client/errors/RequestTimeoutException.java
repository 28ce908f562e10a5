package io.github.pctransfers.client.errors;

/** An attempt timed out while connecting or waiting for the response (the connect or read timeout ran out). */
public class RequestTimeoutException extends TransportException {
    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message, String requestId, Throwable cause) {
        super(message, requestId, cause);
    }
}
