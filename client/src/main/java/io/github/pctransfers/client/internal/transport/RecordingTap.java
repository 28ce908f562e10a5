package io.github.pctransfers.client.internal.transport;

import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.recording.RecordedExchange;
import io.github.pctransfers.client.recording.TrafficRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Hands each attempt that got a response to a {@link TrafficRecorder}, redacted ({@link ExchangeRedaction}).
 * Used by {@link AttemptClient} only when recording is on; when it is off there is no tap and nothing is done.
 * The headers are those Feign hands OkHttp (OkHttp's own {@code Host}, {@code Connection},
 * {@code Accept-Encoding} and {@code Content-Length} are not seen here).
 *
 * <p>The response body is read here, completely, so that the recorder gets it and Feign still decodes it: a body
 * cut short now fails while sending (no response) rather than while decoding; both are retried the same way.
 * A recorder that throws is logged at WARN and the call goes on.
 */
final class RecordingTap {
    private final TrafficRecorder recorder;
    private final Clock clock;
    private final org.slf4j.Logger log;

    RecordingTap(TrafficRecorder recorder, Clock clock, org.slf4j.Logger log) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Sends {@code request} through {@code delegate} (which adds the attempt's token) and records the exchange. */
    Response exchange(Client delegate, Request request, AttemptOptions options) throws IOException {
        Instant started = clock.instant();
        long start = System.nanoTime();
        Response response = delegate.execute(request, options);
        byte[] body = null;
        if (response.body() != null) {
            try (InputStream in = response.body().asInputStream()) {
                body = Util.toByteArray(in);
            }
            response = response.toBuilder().body(body).build();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        try {
            recorder.record(exchange(request, options.attempt(), options.authorization(), response, body,
                    started, elapsed));
        } catch (RuntimeException e) {
            log.warn("the traffic recorder failed on {} attempt {}; the call goes on: {}",
                    options.attempt().operation(), options.attempt().number(), e.toString());
        }
        return response;
    }

    /** The redacted exchange: no token, cookie or secret in it. */
    static RecordedExchange exchange(Request request, Attempt attempt, String authorization, Response response,
            byte[] responseBody, Instant started, Duration elapsed) {
        String token = ExchangeRedaction.bearerToken(authorization);
        RecordedExchange.Builder b = RecordedExchange.builder()
                .started(started)
                .elapsed(elapsed)
                .operation(attempt.operation())
                .attempt(attempt.number())
                .method(request.httpMethod().name())
                .url(ExchangeRedaction.text(request.url(), token))
                .httpVersion(response.protocolVersion() == null ? "HTTP/1.1" : response.protocolVersion().toString())
                .requestBody(ExchangeRedaction.body(request.body(), token))
                .status(response.status())
                .reason(response.reason())
                .responseBody(ExchangeRedaction.body(responseBody, token));
        // The headers as they went out: the sender added the attempt's Authorization (redacted below).
        Map<String, Collection<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(request.headers());
        sent.put(PartnerCenterHeaders.AUTHORIZATION, List.of(authorization));
        for (Map.Entry<String, Collection<String>> h : sent.entrySet()) {
            for (String v : h.getValue()) {
                b.requestHeader(h.getKey(), ExchangeRedaction.header(h.getKey(), v, token));
            }
        }
        for (Map.Entry<String, Collection<String>> h : response.headers().entrySet()) {
            for (String v : h.getValue()) {
                b.responseHeader(h.getKey(), ExchangeRedaction.header(h.getKey(), v, token));
            }
        }
        return b.build();
    }
}
