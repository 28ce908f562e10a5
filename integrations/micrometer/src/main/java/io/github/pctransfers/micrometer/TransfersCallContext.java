package io.github.pctransfers.micrometer;

import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.micrometer.observation.Observation;
import java.util.Objects;

/**
 * The Micrometer {@link Observation.Context} of one client call: what the call is ({@link #start()}) and, once it
 * is over, how it ended ({@link #end()}). An {@link io.micrometer.observation.ObservationConvention} of
 * {@code TransfersCallContext} reads its tags from here.
 */
public class TransfersCallContext extends Observation.Context {
    private final CallStart start;
    private final boolean recordResourceIds;
    private volatile CallEnd end;

    /**
     * @param start             the call
     * @param recordResourceIds whether spans may record the customer and transfer ids
     */
    public TransfersCallContext(CallStart start, boolean recordResourceIds) {
        this.start = Objects.requireNonNull(start, "start");
        this.recordResourceIds = recordResourceIds;
    }

    /** The call, as it started. */
    public CallStart start() {
        return start;
    }

    /** How the call ended; null while it runs. */
    public CallEnd end() {
        return end;
    }

    /** Whether the customer and transfer ids may be recorded on the span (never as metric tags). */
    public boolean recordResourceIds() {
        return recordResourceIds;
    }

    void ended(CallEnd end) {
        this.end = end;
    }
}
