package io.github.pctransfers.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one attempt: the request Feign built, plus the attempt's {@code Authorization} header, with the attempt's
 * timeouts. Both come from the {@link AttemptOptions} Feign passes in; a request without them (Feign invoked
 * outside {@link FeignTransport#api(Attempt)}) is refused, so nothing goes out without the token it was meant
 * to carry.
 *
 * <p>The token is added here, after Feign logged the request, and the response handed back refers to the request
 * without it: no Feign object (log line, response, exception) ever holds the token.
 */
final class AttemptClient implements Client {
    private final Client delegate;
    /** Null when recording is off. */
    private final RecordingTap tap;

    AttemptClient(Client delegate) {
        this(delegate, null);
    }

    AttemptClient(Client delegate, RecordingTap tap) {
        this.delegate = delegate;
        this.tap = tap;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        if (!(options instanceof AttemptOptions)) {
            throw new IllegalStateException("a request outside an attempt: call the API through "
                    + "FeignTransport.api(attempt); nothing was sent");
        }
        AttemptOptions attempt = (AttemptOptions) options;
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.put(PartnerCenterHeaders.AUTHORIZATION, List.of(attempt.authorization()));
        Request authorized = Request.create(request.httpMethod(), request.url(), headers, request.body(),
                request.charset(), request.requestTemplate());
        Response response = tap == null ? delegate.execute(authorized, attempt)
                : tap.exchange(delegate, authorized, attempt);
        return response.toBuilder().request(request).build();
    }
}
