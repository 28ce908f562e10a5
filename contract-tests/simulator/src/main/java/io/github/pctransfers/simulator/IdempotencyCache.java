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
 * twice, even when the repeat arrives while the first is still running (it waits for it). Keeps the newest
 * {@code capacity} keys.
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

    private final int capacity;
    private final Map<String, CompletableFuture<SimResponse>> results = new LinkedHashMap<>();

    IdempotencyCache(int capacity) {
        this.capacity = capacity;
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
            mine.complete(response);
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
    }

    private void evictOldest() {
        Iterator<Map.Entry<String, CompletableFuture<SimResponse>>> it = results.entrySet().iterator();
        while (results.size() > capacity && it.hasNext()) {
            it.next();
            it.remove();
        }
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
