package io.github.pctransfers.conformance.internal.live;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.AUTHORIZATION;

import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A documented request as a live run sends it: the documented method, target (path and query as written), headers
 * and body, verbatim, with two exceptions named here once.
 *
 * <ul>
 *   <li>{@code Authorization} is sent as {@code Bearer <token>} with the run's token (the documented value is a
 *       placeholder); when the documented request has no Authorization, none is sent.</li>
 *   <li>The {@linkplain #TRANSPORT_HEADERS transport headers} are not sent: they describe the connection the docs
 *       were written with, and the HTTP client sets them for the real one.</li>
 * </ul>
 * Holds no token, so it can be described in reports.
 *
 * @param method        the method, upper case
 * @param uri           the address on the live server
 * @param headers       the headers sent, in documented order, without Authorization and the transport headers
 * @param authorization whether an {@code Authorization: Bearer <token>} header is sent
 * @param body          the body (the documented one, or the corrected one of an erratum), or empty for none
 * @param notSent       the documented transport headers that are not sent, as written
 */
public record LiveRequest(String method, URI uri, List<HttpHeader> headers, boolean authorization, String body,
        List<String> notSent) {

    /** The headers not sent, by lower-case name, with the reason. */
    public static final Map<String, String> TRANSPORT_HEADERS = Map.of(
            "host", "the documented Host names the production service; the URL names the server",
            "content-length", "computed from the body sent (the documented values are often wrong)",
            "connection", "connection management, done by the HTTP client",
            "keep-alive", "connection management, done by the HTTP client",
            "expect", "transport negotiation (100-continue), done by the HTTP client",
            "transfer-encoding", "framing, done by the HTTP client",
            "upgrade", "protocol negotiation, done by the HTTP client",
            "te", "transport negotiation, done by the HTTP client");

    /**
     * Checks and copies the components.
     *
     * @param authorization whether an {@code Authorization: Bearer <token>} header is sent
     * @param body the body (the documented one, or the corrected one of an erratum), or empty for none
     * @param headers the headers sent, in documented order, without Authorization and the transport headers
     * @param method the method, upper case
     * @param notSent the documented transport headers that are not sent, as written
     * @param uri the address on the live server
     */
    public LiveRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
        notSent = List.copyOf(notSent);
    }

    /**
     * The request a documented one becomes on a server.
     *
     * @param documented the documented
     * @param body the body to send (the documented one, or the corrected one of an erratum)
     * @param target the target
     * @return the request a documented one becomes on a server
     * @throws IllegalArgumentException when the documented target is not a valid URI path and query
     */
    public static LiveRequest of(HttpExample documented, String body, LiveTarget target) {
        List<HttpHeader> sent = new ArrayList<>();
        List<String> notSent = new ArrayList<>();
        boolean authorization = false;
        for (HttpHeader h : documented.headers()) {
            if (h.is(AUTHORIZATION)) {
                authorization = true;
            } else if (TRANSPORT_HEADERS.containsKey(h.name().toLowerCase(Locale.ROOT))) {
                notSent.add(h.name());
            } else {
                sent.add(h);
            }
        }
        return new LiveRequest(documented.method(), target.resolve(documented.target()), sent, authorization, body,
                notSent);
    }

    /**
     * What is sent, for a note: method, address, header names; the token is never shown.
     *
     * @return what is sent, for a note: method, address, header names; the token is never shown
     */
    public String describe() {
        List<String> names = headers.stream().map(HttpHeader::name).collect(Collectors.toCollection(ArrayList::new));
        if (authorization) {
            names.add(AUTHORIZATION + " (Bearer, token not shown)");
        }
        return "sent " + method + " " + uri + " with " + (names.isEmpty() ? "no headers" : String.join(", ", names))
                + (body.isEmpty() ? ", no body" : ", a body of " + body.length() + " chars")
                + (notSent.isEmpty() ? "" : "; transport headers not sent: " + String.join(", ", notSent));
    }
}
