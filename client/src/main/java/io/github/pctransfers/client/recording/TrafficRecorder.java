package io.github.pctransfers.client.recording;

/**
 * Where the client hands every attempt it sent and the response it got, e.g. to keep them as evidence for the
 * conformance gate ({@link HarRecorder}). Set with {@code TransfersClient.Builder.trafficRecorder(...)} or
 * {@code recordTo(Path)}.
 *
 * <p>The client calls {@link #record} on the thread of the call, after the response body arrived and before it is
 * decoded, for every attempt that got a response (retries and the re-send after a 401 included). An attempt that
 * got no response (connection refused, timeout) is not recorded. The exchange is already redacted: no token,
 * cookie or secret reaches a recorder.
 *
 * <p>Implementations must be thread-safe, should return quickly, and must not throw: a recorder that fails must
 * not fail the call. The client ignores (and logs at WARN) anything {@link #record} throws.
 */
public interface TrafficRecorder extends AutoCloseable {
    /**
     * Keeps one exchange.
     *
     * @param exchange the exchange
     */
    void record(RecordedExchange exchange);

    /**
     * Finishes writing. The client calls it on {@code close()} only for the recorder it created itself
     * ({@code recordTo(Path)}); a recorder passed in is the caller's to close.
     */
    @Override
    void close();
}
