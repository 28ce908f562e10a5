package io.github.pctransfers.micrometer;

import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The default names and tags of a client call, after the OpenTelemetry HTTP client semantic conventions where they
 * fit (a call may be several HTTP requests: it is one span, its retries are events on it).
 *
 * <ul>
 *   <li>Name (the meter): {@value #NAME}, a timer per low-cardinality tag set, plus {@code .active}.</li>
 *   <li>Contextual name (the span): {@code {http.request.method} {url.template}}, e.g.
 *       {@code GET /v1/customers/{customer-id}/transfers/{transfer-id}}.</li>
 *   <li>Low-cardinality (meter tags and span attributes): {@code partnercenter.operation},
 *       {@code http.request.method}, {@code url.template}, {@code server.address}, and when the call is over
 *       {@code outcome}, {@code http.response.status_code}, {@code partnercenter.error_code},
 *       {@code error.type} ({@code none} where there is none, so that every timer has the same tag keys).</li>
 *   <li>High-cardinality (span attributes only): {@code partnercenter.request_id} (MS-RequestId),
 *       {@code partnercenter.correlation_id} (MS-CorrelationId), {@code http.request.resend_count}, and only when
 *       asked for, {@code partnercenter.customer_id} and {@code partnercenter.transfer_id}.</li>
 * </ul>
 */
public class DefaultTransfersObservationConvention implements TransfersObservationConvention {
    /** The observation's name: the timer {@code partnercenter.transfers.calls}. */
    public static final String NAME = "partnercenter.transfers.calls";
    /** The value of a tag that has nothing to say (no status, no error code, no error). */
    public static final String NONE = "none";
    /** Error codes are Partner Center's numbers; anything else is {@code other}, so that tags stay few. */
    private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{1,7}");
    /** "100" to "599", so that a status tag is no new string per call. */
    private static final String[] STATUS_TEXTS = new String[500];

    static {
        for (int i = 0; i < STATUS_TEXTS.length; i++) {
            STATUS_TEXTS[i] = Integer.toString(100 + i);
        }
    }
    /**
     * The tags of a call's start and of its common end (200), per server and operation: both are few, and a call
     * then allocates no tags of its own (the target is at most 2 KB more per call than without an observer).
     */
    private final Map<String, Map<String, KeyValues>> startCache = new ConcurrentHashMap<>();
    private final Map<String, Map<String, KeyValues>> okCache = new ConcurrentHashMap<>();
    /** The span names, per path template and method: few, and a call then builds no string. */
    private final Map<String, Map<String, String>> contextualNames = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getContextualName(TransfersCallContext context) {
        CallStart start = context.start();
        Map<String, String> byMethod = inner(contextualNames, start.pathTemplate());
        String name = byMethod.get(start.httpMethod());
        if (name == null) {
            name = start.httpMethod() + " " + start.pathTemplate();
            byMethod.putIfAbsent(start.httpMethod(), name);
        }
        return name;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(TransfersCallContext context) {
        CallStart start = context.start();
        CallEnd end = context.end();
        // get, then put on a miss: computeIfAbsent with a lambda that captures the call would allocate the
        // lambda on every call.
        if (end == null) {
            Map<String, KeyValues> byOperation = inner(startCache, start.serverAddress());
            KeyValues values = byOperation.get(start.operation());
            if (values == null) {
                values = startValues(start);
                byOperation.putIfAbsent(start.operation(), values);
            }
            return values;
        }
        if (end.succeeded() && end.statusCode() == 200) {
            Map<String, KeyValues> byOperation = inner(okCache, start.serverAddress());
            KeyValues values = byOperation.get(start.operation());
            if (values == null) {
                values = endValues(start, end);
                byOperation.putIfAbsent(start.operation(), values);
            }
            return values;
        }
        return endValues(start, end);
    }

    private static <V> Map<String, V> inner(Map<String, Map<String, V>> outer, String key) {
        Map<String, V> inner = outer.get(key);
        if (inner == null) {
            outer.putIfAbsent(key, new ConcurrentHashMap<>());
            inner = outer.get(key);
        }
        return inner;
    }

    private static KeyValues startValues(CallStart start) {
        return KeyValues.of(
                KeyValue.of("partnercenter.operation", start.operation()),
                KeyValue.of("http.request.method", start.httpMethod()),
                KeyValue.of("url.template", start.pathTemplate()),
                KeyValue.of("server.address", start.serverAddress()));
    }

    private static KeyValues endValues(CallStart start, CallEnd end) {
        return startValues(start).and(
                KeyValue.of("outcome", end.outcome().name()),
                KeyValue.of("http.response.status_code", statusText(end.statusCode())),
                KeyValue.of("partnercenter.error_code", end.errorCode()
                        .map(c -> ERROR_CODE.matcher(c).matches() ? c : "other").orElse(NONE)),
                KeyValue.of("error.type", end.exceptionType().orElse(NONE)));
    }

    /** An HTTP status as a tag value: {@code none} for 0, the status codes' texts made once. */
    private static String statusText(int status) {
        return status == 0 ? NONE : status >= 100 && status < 600 ? STATUS_TEXTS[status - 100]
                : Integer.toString(status);
    }

    /**
     * Given when the call is over only: a span records them when it ends, and a call builds them once instead of
     * twice.
     */
    @Override
    public KeyValues getHighCardinalityKeyValues(TransfersCallContext context) {
        CallEnd end = context.end();
        if (end == null) {
            return KeyValues.empty();
        }
        CallStart start = context.start();
        KeyValues values = KeyValues.of(
                KeyValue.of("partnercenter.request_id", start.requestId()),
                KeyValue.of("partnercenter.correlation_id", start.correlationId()));
        if (end.attempts() > 1) {
            values = values.and(KeyValue.of("http.request.resend_count", Integer.toString(end.attempts() - 1)));
        }
        if (context.recordResourceIds()) {
            if (start.customerId().isPresent()) {
                values = values.and(KeyValue.of("partnercenter.customer_id", start.customerId().get()));
            }
            if (start.transferId().isPresent()) {
                values = values.and(KeyValue.of("partnercenter.transfer_id", start.transferId().get()));
            }
        }
        return values;
    }
}
