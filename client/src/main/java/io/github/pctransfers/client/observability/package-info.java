/**
 * Observing the client: {@link io.github.pctransfers.client.observability.TransfersObserver} and the immutable
 * events the client hands it (calls, attempts, retries, throttles, token refreshes, webhook deliveries). The
 * {@code pc-transfers-micrometer} module turns them into meters and spans.
 */
package io.github.pctransfers.client.observability;
