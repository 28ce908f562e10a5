package io.github.pctransfers.client.internal.transport;

import feign.Request;
import java.util.concurrent.TimeUnit;

/**
 * The Feign options of one attempt: its timeouts, as Feign and OkHttp read them, and what {@link AttemptClient}
 * adds to the request (the bearer token fetched for this attempt). Feign hands the options it is invoked with to
 * the client untouched, which is how an attempt's values reach the client without being bound to a thread.
 */
final class AttemptOptions extends Request.Options {
    private final Attempt attempt;
    private final String authorization;

    /** @param authorization the whole Authorization header value, {@code Bearer …} */
    AttemptOptions(Attempt attempt, String authorization) {
        super(attempt.connectTimeout().toMillis(), TimeUnit.MILLISECONDS, attempt.readTimeout().toMillis(),
                TimeUnit.MILLISECONDS, false);
        this.attempt = attempt;
        this.authorization = authorization;
    }

    Attempt attempt() {
        return attempt;
    }

    String authorization() {
        return authorization;
    }

    @Override
    public String toString() {
        return "AttemptOptions{" + attempt + ", authorization=REDACTED}";
    }
}
