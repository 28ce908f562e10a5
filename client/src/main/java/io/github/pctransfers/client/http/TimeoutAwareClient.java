package io.github.pctransfers.client.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Applies per-call timeout overrides (from {@link CallScope}) to the client-wide Feign options. */
public final class TimeoutAwareClient implements Client {
    private final Client delegate;

    public TimeoutAwareClient(Client delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        CallScope scope = CallScope.current();
        if (scope != null && (scope.connectTimeout != null || scope.readTimeout != null)) {
            long connect = scope.connectTimeout != null ? scope.connectTimeout.toMillis() : options.connectTimeoutMillis();
            long read = scope.readTimeout != null ? scope.readTimeout.toMillis() : options.readTimeoutMillis();
            options = new Request.Options(connect, TimeUnit.MILLISECONDS, read, TimeUnit.MILLISECONDS,
                    options.isFollowRedirects());
        }
        return delegate.execute(request, options);
    }
}
