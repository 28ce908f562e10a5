package io.github.pctransfers.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the transport sends: status, headers, body, and how (latency, fault). */
final class SimResponse {
    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Duration latency;
    private final SimulatedFault.Kind fault;
    private final boolean replayed;

    SimResponse(int status, Map<String, String> headers, byte[] body, Duration latency, SimulatedFault.Kind fault,
            boolean replayed) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body == null ? new byte[0] : body;
        this.latency = latency == null ? Duration.ZERO : latency;
        this.fault = fault;
        this.replayed = replayed;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public Duration latency() {
        return latency;
    }

    public SimulatedFault.Kind fault() {
        return fault;
    }

    public boolean replayed() {
        return replayed;
    }

    @Override
    public String toString() {
        return "SimResponse[status=" + status
                + ", headers=" + headers
                + ", body=" + body
                + ", latency=" + latency
                + ", fault=" + fault
                + ", replayed=" + replayed + "]";
    }

    static SimResponse connectionReset(Duration latency) {
        return new SimResponse(0, Map.of(), null, latency, SimulatedFault.Kind.CONNECTION_RESET, false);
    }

    SimResponse withLatency(Duration added) {
        return new SimResponse(status, headers, body, latency.plus(added), fault, replayed);
    }

    SimResponse withFault(SimulatedFault.Kind kind) {
        return new SimResponse(status, headers, body, latency, kind, replayed);
    }

    SimResponse asReplay() {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("X-Simulator-Replayed", "true");
        return new SimResponse(status, h, body, latency, fault, true);
    }

    /** The first half of the body, as a connection cut mid-body leaves it. */
    SimResponse truncated() {
        byte[] half = Arrays.copyOf(body, body.length / 2);
        return new SimResponse(status, headers, half, latency, SimulatedFault.Kind.MALFORMED_BODY, replayed);
    }
}
