package io.github.pctransfers.client.internal.transport;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Feign's request and response lines at SLF4J DEBUG on the wire logger the client names, with only allow-listed
 * headers (the Azure SDK rule): the Authorization header, and so the token, is never written (it is not even on
 * the request Feign logs: {@link AttemptClient} adds it after). Bodies are neither logged nor read here, so
 * logging changes nothing about how a response is decoded. Nothing is formatted unless DEBUG is on.
 */
final class RedactingLogger extends feign.Logger {
    /** Headers safe to log (lower case); any other header is left out. */
    static final Set<String> ALLOWED_HEADERS = Set.of(
            "accept", "content-type", "content-length", "date", "user-agent", "retry-after",
            "ms-requestid", "ms-correlationid", "x-locale", "ms-partnercenter-application", "ms-cv", "ms-serverid");

    private final org.slf4j.Logger log;

    RedactingLogger(org.slf4j.Logger log) {
        this.log = log;
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return header != null && ALLOWED_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }

    @Override
    protected boolean shouldLogResponseHeader(String header) {
        return shouldLogRequestHeader(header);
    }

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (log.isDebugEnabled()) {
            super.logRequest(configKey, Level.HEADERS, request);
        }
    }

    /** Status line and allowed headers only; the body stays unread, so a broken body fails where it is decoded. */
    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (log.isDebugEnabled()) {
            String reason = response.reason() != null ? " " + response.reason() : "";
            log(configKey, "<--- %s %s%s (%sms)", resolveProtocolVersion(response.protocolVersion()),
                    response.status(), reason, elapsedTime);
            for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
                if (shouldLogResponseHeader(header.getKey())) {
                    for (String value : header.getValue()) {
                        log(configKey, "%s: %s", header.getKey(), value);
                    }
                }
            }
            log(configKey, "<--- END HTTP (body not logged)");
        }
        return response;
    }

    @Override
    protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
        if (log.isDebugEnabled()) {
            // HEADERS, not FULL: no stack trace in the wire log; the exception reaches the caller anyway.
            super.logIOException(configKey, Level.HEADERS, ioe, elapsedTime);
        }
        return ioe;
    }

    @Override
    protected void logRetry(String configKey, Level logLevel) {
        // Feign never retries here (CallExecutor does, and logs it).
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(methodTag(configKey) + String.format(format, args));
        }
    }
}
