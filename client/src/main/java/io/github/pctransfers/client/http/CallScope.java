package io.github.pctransfers.client.http;

import java.time.Duration;

/**
 * What one attempt of one call needs beyond its arguments: per-call timeouts and whether the token must be
 * refreshed. Bound to the calling thread for the duration of the attempt, because the generated Feign methods
 * have no parameter for either.
 */
public final class CallScope {
    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    final Duration connectTimeout;
    final Duration readTimeout;
    final boolean forceTokenRefresh;
    final int attempt;

    CallScope(Duration connectTimeout, Duration readTimeout, boolean forceTokenRefresh, int attempt) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.forceTokenRefresh = forceTokenRefresh;
        this.attempt = attempt;
    }

    /** The scope of the attempt running on this thread, or null outside a call. */
    public static CallScope current() {
        return CURRENT.get();
    }

    public boolean forceTokenRefresh() {
        return forceTokenRefresh;
    }

    /** 1 for the first attempt. */
    public int attempt() {
        return attempt;
    }

    static void set(CallScope scope) {
        CURRENT.set(scope);
    }

    static void clear() {
        CURRENT.remove();
    }
}
