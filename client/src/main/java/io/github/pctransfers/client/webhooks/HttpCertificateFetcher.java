package io.github.pctransfers.client.webhooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link CertificateFetcher#https}: a bounded GET with the JDK's HTTP client, no redirect. */
final class HttpCertificateFetcher implements CertificateFetcher {
    private final Duration timeout;
    private final int maxBytes;
    private final HttpClient http;

    HttpCertificateFetcher(Duration timeout, int maxBytes) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The certificate fetch timeout must be positive: " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The certificate size limit must be at least 1 byte: " + maxBytes);
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public byte[] fetch(URI certificateUrl) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(certificateUrl).GET().timeout(timeout).build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, this::limitedBody);
        HttpResponse<byte[]> response;
        try {
            response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("No certificate from " + certificateUrl + " within " + timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while fetching " + certificateUrl);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("Could not fetch " + certificateUrl + ": " + cause.getMessage(), cause);
        }
        if (response.statusCode() != 200 || response.body() == null) {
            throw new IOException("Fetching " + certificateUrl + " answered " + response.statusCode()
                    + (response.statusCode() / 100 == 3 ? " (redirects are not followed)" : "")
                    + (response.statusCode() == 200 ? " with more than " + maxBytes + " bytes" : ""));
        }
        return response.body();
    }

    private HttpResponse.BodySubscriber<byte[]> limitedBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        return new LimitedBody(maxBytes);
    }

    /** Collects at most {@code maxBytes}; past that it cancels the download and completes with null. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.complete(null);
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
