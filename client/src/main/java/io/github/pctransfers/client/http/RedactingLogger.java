package io.github.pctransfers.client.http;

import java.util.Locale;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Feign's request and response lines at SLF4J DEBUG, with only allow-listed headers (the Azure SDK rule): the
 * Authorization header, and so the token, is never written. Bodies are not logged.
 */
public final class RedactingLogger extends feign.Logger {
    /** Headers safe to log; any other header is left out. */
    public static final Set<String> ALLOWED_HEADERS = Set.of(
            "accept", "content-type", "content-length", "date", "user-agent", "retry-after",
            "ms-requestid", "ms-correlationid", "x-locale", "ms-partnercenter-application", "ms-cv", "ms-serverid");

    private final org.slf4j.Logger log;

    public RedactingLogger() {
        this(LoggerFactory.getLogger("io.github.pctransfers.client.http.wire"));
    }

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
    protected void log(String configKey, String format, Object... args) {
        if (log.isDebugEnabled()) {
            log.debug(methodTag(configKey) + String.format(format, args));
        }
    }
}
