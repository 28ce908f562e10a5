package io.github.pctransfers.reliability;

/**
 * The recognisable secrets the whole suite runs with. Every client is given {@link #TOKEN} (or gets it from a token
 * endpoint that is sent {@link #CLIENT_SECRET}), so a leak anywhere shows up in the last test's scan.
 */
final class Canary {
    static final String TOKEN = "tok-RELIABILITY-CANARY-7f3a9c0e51d2";
    static final String CLIENT_SECRET = "sec-RELIABILITY-CANARY-5d21e8b4a9f7";
    /** A fragment both share: even a partial leak (a cut log line) of either is found. */
    static final String MARK = "RELIABILITY-CANARY";

    private Canary() {
    }

    /** Whether {@code text} holds either secret, whole or in part. */
    static boolean leaksIn(CharSequence text) {
        if (text == null) {
            return false;
        }
        String s = text.toString();
        return s.contains(MARK) || s.contains(TOKEN.substring(TOKEN.length() - 12))
                || s.contains(CLIENT_SECRET.substring(CLIENT_SECRET.length() - 12));
    }
}
