package io.github.pctransfers.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the transport sends: status, headers, body, and how (latency, fault). */
record SimResponse(int status, Map<String, String> headers, byte[] body, Duration latency, SimulatedFault.Kind fault,
        boolean replayed) {

    SimResponse {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
        latency = latency == null ? Duration.ZERO : latency;
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
