package io.github.pctransfers.conformance.internal.live;

import io.github.pctransfers.conformance.live.BearerToken;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.AUTHORIZATION;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_TYPE;

import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.Text;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Sends {@link LiveRequest}s with {@code java.net.http}: HTTP/1.1 (as documented), redirects not followed (a
 * redirect is an answer to compare, and the token must not follow it elsewhere), the JVM's proxy settings and
 * trust store, and a deadline per request that covers connecting, the answer and its body. Never hangs: every send
 * ends with an answer or a {@link Failure} within the deadline.
 */
final class LiveSender {
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");

    private final HttpClient client;
    private final BearerToken token;
    private final Duration timeout;

    LiveSender(BearerToken token, Duration timeout) {
        this.token = Objects.requireNonNull(token, "token");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        this.client = builder.build();
    }

    /** Why a request got no HTTP answer. */
    enum FailureKind {
        /** The server could not be reached: refused, unknown host, TLS handshake failed, connect timeout. */
        UNREACHABLE,
        /** Connected, but no complete answer within the deadline. */
        TIMEOUT,
        /** Connected, but the exchange broke (reset, not HTTP). */
        BROKEN
    }

    /** A request that got no HTTP answer. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final FailureKind kind;

        Failure(FailureKind kind, String message) {
            super(message);
            this.kind = kind;
        }

        FailureKind kind() {
            return kind;
        }
    }

    /**
     * Sends a request and waits for the whole answer.
     *
     * @throws Failure                  when no HTTP answer came within the deadline
     * @throws IllegalArgumentException when the HTTP client refuses a documented header or value
     */
    LiveAnswer send(LiveRequest request) throws Failure {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(timeout);
        for (HttpHeader h : request.headers()) {
            b.header(h.name(), h.value());
        }
        if (request.authorization()) {
            b.header(AUTHORIZATION, token.headerValue());
        }
        b.method(request.method(), request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        HttpRequest httpRequest = b.build();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(httpRequest,
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            // The request timeout ends the wait for the head; this deadline also bounds the body.
            response = pending.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new Failure(FailureKind.TIMEOUT, "no complete answer within " + seconds(timeout));
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure(FailureKind.BROKEN, "interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        List<HttpHeader> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : response.headers().map().entrySet()) {
            if (e.getKey().startsWith(":")) {
                continue;
            }
            for (String v : e.getValue()) {
                headers.add(new HttpHeader(e.getKey(), v.strip()));
            }
        }
        Charset charset = response.headers().firstValue(CONTENT_TYPE).map(LiveSender::charset)
                .orElse(StandardCharsets.UTF_8);
        return new LiveAnswer(response.statusCode(), headers, new String(response.body(), charset), elapsed);
    }

    private Failure classify(Throwable t) {
        String reason = describe(t);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpConnectTimeoutException) {
                return new Failure(FailureKind.UNREACHABLE, "no connection within " + seconds(timeout));
            }
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof UnresolvedAddressException || c instanceof SSLException) {
                return new Failure(FailureKind.UNREACHABLE, reason);
            }
            if (c instanceof HttpTimeoutException) {
                return new Failure(FailureKind.TIMEOUT, "no answer within " + seconds(timeout));
            }
        }
        return new Failure(FailureKind.BROKEN, reason);
    }

    /** The innermost cause that says something, as one line. */
    private static String describe(Throwable t) {
        Throwable said = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                said = c;
            }
        }
        String name = said.getClass().getSimpleName();
        return said.getMessage() == null || said.getMessage().isBlank() ? name
                : name + ": " + Text.oneLine(said.getMessage());
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
