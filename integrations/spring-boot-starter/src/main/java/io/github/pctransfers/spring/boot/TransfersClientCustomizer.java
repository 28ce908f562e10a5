package io.github.pctransfers.spring.boot;

import io.github.pctransfers.client.TransfersClient;

/**
 * Changes the auto-configured client's builder after the properties were applied (e.g. a {@code trafficRecorder}
 * or a clock). Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface TransfersClientCustomizer {
    /**
     * Changes {@code builder}.
     *
     * @param builder the client's builder, with the properties already applied
     */
    void customize(TransfersClient.Builder builder);
}
