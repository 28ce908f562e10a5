package io.github.pctransfers.conformance;

import java.util.Arrays;

/**
 * The checks, in the order they run. The first six check examples or captures against the spec and through the
 * client (a static run); {@link #LIVE_SERVER_ANSWERS_AS_DOCUMENTED} is the only check of a live run
 * ({@code check --against URL}), which sends each case to a server.
 */
public enum Check {
    /** The documented request is valid against the spec (and matches one of its operations). */
    REQUEST_MATCHES_SPEC("request-matches-spec", "request matches spec"),
    /** The documented response is valid against the spec for that operation. */
    RESPONSE_MATCHES_SPEC("response-matches-spec", "response matches spec"),
    /** Called with the documented arguments, the client sends the documented request. */
    CLIENT_SENDS_DOCUMENTED_REQUEST("client-sends-documented-request", "client sends the documented request"),
    /** Given the documented response, the client returns (or throws) exactly what it says. */
    CLIENT_REPRODUCES_DOCUMENTED_RESPONSE("client-reproduces-documented-response",
            "client reproduces the documented response"),
    /** A copy of the response body with a property of the wrong type is reported by the spec check. */
    MUTATED_RESPONSE_WRONG_TYPE("mutated-response-wrong-type", "mutated response is rejected (wrong type)"),
    /** A copy of the response body without a required property is reported by the spec check. */
    MUTATED_RESPONSE_MISSING_REQUIRED("mutated-response-missing-required",
            "mutated response is rejected (missing required)"),
    /**
     * Sent verbatim to a live server, the documented request gets the documented status and body, except for the
     * values the server assigns anew ({@code io.github.pctransfers.conformance.internal.live.ServerAssignedValues}).
     */
    LIVE_SERVER_ANSWERS_AS_DOCUMENTED("live-server-answers-as-documented", "live server answers as documented");

    private final String id;
    private final String displayName;

    Check(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * The id used in {@code errata.yaml} and reports, e.g. {@code request-matches-spec}.
     *
     * @return the id used in {@code errata.yaml} and reports, e.g. {@code request-matches-spec}
     */
    public String id() {
        return id;
    }

    /**
     * The name shown in test reports, e.g. {@code request matches spec}.
     *
     * @return the name shown in test reports, e.g. {@code request matches spec}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether this is the check of a live run (sent to a server) rather than of a static run.
     *
     * @return whether this is the check of a live run (sent to a server) rather than of a static run
     */
    public boolean live() {
        return this == LIVE_SERVER_ANSWERS_AS_DOCUMENTED;
    }

    /**
     * The check with this id.
     *
     * @param id the id
     * @return the check with this id
     */
    public static Check fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown check \"" + id + "\"; known: "
                        + Arrays.stream(values()).map(Check::id).toList()));
    }
}
