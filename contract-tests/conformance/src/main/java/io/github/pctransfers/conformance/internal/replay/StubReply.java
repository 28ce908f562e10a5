package io.github.pctransfers.conformance.internal.replay;

import io.github.pctransfers.conformance.http.HttpHeader;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the stub server answers: a documented response, or a placeholder for a case that documents none.
 *
 * @param status  the status
 * @param headers the headers to send; transport headers are left to the server (see {@link #sendable()})
 * @param body    the body, or the empty string
 */
public record StubReply(int status, List<HttpHeader> headers, String body) {
    /**
     * Headers the stub server computes itself; a documented value (often wrong) must not be replayed. A captured
     * Content-Encoding is dropped too: captures hold the body already decoded, so replaying {@code gzip} with it
     * would make the client fail to decompress plain text.
     */
    static final Set<String> TRANSPORT_HEADERS = Set.of("content-length", "transfer-encoding", "connection",
            "keep-alive", "content-encoding");

    /**
     * Checks and copies the components.
     *
     * @param body the body, or the empty string
     * @param headers the headers to send; transport headers are left to the server (see {@link #sendable()})
     * @param status the status
     */
    public StubReply {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    /**
     * The headers to replay: every documented header but the transport ones.
     *
     * @return the headers to replay: every documented header but the transport ones
     */
    public List<HttpHeader> sendable() {
        return headers.stream().filter(h -> !TRANSPORT_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))).toList();
    }
}
