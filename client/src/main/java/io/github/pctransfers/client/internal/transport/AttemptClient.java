package io.github.pctransfers.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;

/**
 * Sends one attempt: the request Feign built, with the attempt's timeouts and {@code Authorization} header. Both
 * come from the {@link AttemptOptions} Feign passes in; a request without them (Feign invoked outside {@link
 * FeignTransport#api(Attempt)}) is refused, so nothing goes out without the token it was meant to carry.
 *
 * <p>{@link OkHttpSender} puts the token on the OkHttp request only, after Feign logged the request, and the
 * response handed back refers to the Feign request, which never has it: no Feign object (log line, response,
 * exception) ever holds the token.
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
        // The sender adds the attempt's Authorization header to the OkHttp request only: the Feign request stays
        // without it, and so does the response that refers to it. No copy of either is made here.
        return tap == null ? delegate.execute(request, attempt) : tap.exchange(delegate, request, attempt);
    }
}
