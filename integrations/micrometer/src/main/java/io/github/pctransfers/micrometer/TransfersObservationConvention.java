package io.github.pctransfers.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a client call. Implement it (or extend
 * {@link DefaultTransfersObservationConvention}) to change them, and pass it to
 * {@link MicrometerTransfersObserver.Builder#convention}.
 */
public interface TransfersObservationConvention extends ObservationConvention<TransfersCallContext> {
    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof TransfersCallContext;
    }
}
