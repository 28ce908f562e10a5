package io.github.pctransfers.simulator;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * First results of changing requests by MS-RequestId: a repeat gets the first result and the operation never runs
 * twice, even when the repeat arrives while the first is still running (it waits for it). Bounded twice: it keeps
 * the newest {@code capacity} keys, and drops the oldest results while the bodies kept exceed {@code maxBodyBytes}
 * (the newest result is always kept). A repeat of a dropped key runs again.
 */
final class IdempotencyCache {
    /** A result, and whether it was replayed from an earlier request. */
    static final class Outcome {
        private final SimResponse response;
        private final boolean replayed;

        Outcome(SimResponse response, boolean replayed) {
            this.response = response;
            this.replayed = replayed;
        }

        public SimResponse response() {
            return response;
        }

        public boolean replayed() {
            return replayed;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Outcome)) {
                return false;
            }
            Outcome other = (Outcome) o;
            return Objects.equals(response, other.response)
                    && replayed == other.replayed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(response, replayed);
        }

        @Override
        public String toString() {
            return "Outcome[response=" + response
                    + ", replayed=" + replayed + "]";
        }
    }

    private static final long MAX_WAIT_SECONDS = 300;

    /** Default bound of the bodies kept: 32 MiB, some 10,000 create or accept answers. */
    static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

    private final int capacity;
    private final long maxBodyBytes;
    private final Map<String, CompletableFuture<SimResponse>> results = new LinkedHashMap<>();
    /** Body bytes of the completed results kept. */
    private long bodyBytes;

    IdempotencyCache(int capacity) {
        this(capacity, DEFAULT_MAX_BODY_BYTES);
    }

    IdempotencyCache(int capacity, long maxBodyBytes) {
        if (capacity < 1 || maxBodyBytes < 0) {
            throw new IllegalArgumentException("capacity must be at least 1 and maxBodyBytes at least 0, got "
                    + capacity + " and " + maxBodyBytes);
        }
        this.capacity = capacity;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Keys kept, results still running included. */
    synchronized int size() {
        return results.size();
    }

    /** Body bytes of the results kept. */
    synchronized long bodyBytes() {
        return bodyBytes;
    }

    Outcome run(String key, Supplier<SimResponse> operation) {
        CompletableFuture<SimResponse> mine = new CompletableFuture<>();
        CompletableFuture<SimResponse> first;
        synchronized (this) {
            first = results.get(key);
            if (first == null) {
                results.put(key, mine);
                evictOldest();
            }
        }
        if (first != null) {
            return new Outcome(await(first), true);
        }
        try {
            SimResponse response = operation.get();
            synchronized (this) {
                // Completed under the lock, so that eviction counts a result's bytes only once they were added.
                mine.complete(response);
                if (results.get(key) == mine) {
                    bodyBytes += size(response);
                    evictOldest();
                }
            }
            return new Outcome(response, false);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                results.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    synchronized void clear() {
        results.clear();
        bodyBytes = 0;
    }

    private void evictOldest() {
        Iterator<Map.Entry<String, CompletableFuture<SimResponse>>> it = results.entrySet().iterator();
        while ((results.size() > capacity || (bodyBytes > maxBodyBytes && results.size() > 1)) && it.hasNext()) {
            CompletableFuture<SimResponse> dropped = it.next().getValue();
            it.remove();
            if (dropped.isDone() && !dropped.isCompletedExceptionally()) {
                bodyBytes -= size(dropped.join());
            }
        }
    }

    private static long size(SimResponse response) {
        return response.body() == null ? 0 : response.body().length;
    }

    private static SimResponse await(CompletableFuture<SimResponse> first) {
        try {
            return first.get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the first request with this MS-RequestId");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the first request with this MS-RequestId failed: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the first request with this MS-RequestId has not finished");
        }
    }
}
