package io.github.pctransfers.client.internal.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Contract;
import feign.Feign;
import feign.InvocationHandlerFactory;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Logger;
import feign.MethodMetadata;
import feign.ResponseHandler;
import feign.ResponseInterceptor;
import feign.Retryer;
import feign.Target;
import feign.jackson.JacksonEncoder;
import io.github.pctransfers.client.auth.AccessToken;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.errors.TokenAcquisitionException;
import io.github.pctransfers.client.http.InProcessTransport;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.internal.generated.api.TransfersApi;
import io.github.pctransfers.client.internal.generated.api.WebhooksApi;
import io.github.pctransfers.client.internal.observe.CallObservation;
import io.github.pctransfers.client.observability.TokenRefresh;
import io.github.pctransfers.client.recording.TrafficRecorder;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place the generated Feign interface, Feign and OkHttp are put together: JSON codecs, the error decoder,
 * the User-Agent, the redacting wire log, no Feign retries, no OkHttp silent retries or redirects.
 *
 * <p>{@link #api(Attempt)} gives the generated transfers interface for one attempt, {@link #webhooksApi(Attempt)}
 * the generated webhook registration interface. It fetches the token the attempt asks
 * for and calls the method handlers directly, with the attempt's {@link AttemptOptions} as an extra argument,
 * which reaches {@link AttemptClient} and {@link OkHttpSender} (timeouts and token). Feign parses the interface
 * once, when the transport is built. Each method's handler is a {@link PlannedMethodHandler}: Feign's handler with
 * the request built from a {@link RequestPlan} worked out once, instead of a request template copied and expanded
 * on every call (client/API.md); Feign's own handler takes the calls a plan declines.
 */
public final class FeignTransport implements AutoCloseable {
    private final TokenCredential credential;
    private final okhttp3.OkHttpClient httpClient;
    private final Map<Method, MethodHandler> handlers;
    private final Object refreshLock = new Object();
    /** When the last refresh after a 401 completed ({@link System#nanoTime()}), once {@link #refreshed}. */
    private long lastRefreshNanos;
    private boolean refreshed;
    /**
     * The token the last observed attempt got, so that a new one the credential hands out on its own (ahead of
     * expiry) is told to the observer as a refresh. Kept only when an observer takes token refreshes; the
     * credential holds the same token anyway.
     */
    private final AtomicReference<String> lastObservedToken = new AtomicReference<>();

    /**
     * @param wireLog  where request and response lines go (allow-listed headers only), at DEBUG
     * @param recorder where every attempt that got a response goes, redacted; null for none
     * @param inProcess answers every exchange instead of the network, or null (the advanced
     *                  {@code TransfersClient.Builder.inProcessTransport})
     */
    public FeignTransport(String baseUrl, TokenCredential credential, String applicationName,
            Duration connectTimeout, Duration readTimeout, ObjectMapper mapper, Clock clock, org.slf4j.Logger wireLog,
            TrafficRecorder recorder, InProcessTransport inProcess) {
        this.credential = Objects.requireNonNull(credential, "credential");
        // OkHttp's own silent retry would add attempts the policy does not count: off.
        okhttp3.OkHttpClient.Builder http = new okhttp3.OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout);
        if (inProcess != null) {
            http.addInterceptor(new InProcessInterceptor(inProcess));
        }
        this.httpClient = http.build();
        UserAgent userAgent = new UserAgent(applicationName);
        RedactingLogger logger = new RedactingLogger(wireLog);
        feign.Client client = new AttemptClient(new OkHttpSender(httpClient, inProcess != null),
                recorder == null ? null : new RecordingTap(recorder, clock, wireLog));
        JsonBodyDecoder decoder = new JsonBodyDecoder(mapper);
        PartnerCenterErrorDecoder errorDecoder = new PartnerCenterErrorDecoder(mapper, clock);
        // Feign's defaults, as the builder below uses them: no 404 dismissal, close after decoding, no void decoding.
        ResponseHandler responseHandler = new ResponseHandler(Logger.Level.HEADERS, logger, decoder, errorDecoder,
                false, true, false, ResponseInterceptor.Chain.DEFAULT);
        Map<String, String> fixedHeaders = Map.of(PartnerCenterHeaders.USER_AGENT, userAgent.value());
        Map<Method, MethodHandler> handlers = new HashMap<>();
        // One Feign stack, two generated interfaces: the transfer calls and the webhook registration calls.
        for (Class<?> api : new Class<?>[] {TransfersApi.class, WebhooksApi.class}) {
            HandlerCapture capture = new HandlerCapture();
            Feign.builder()
                    .client(client)
                    .encoder(new JacksonEncoder(mapper))
                    .decoder(decoder)
                    .errorDecoder(errorDecoder)
                    .retryer(Retryer.NEVER_RETRY)
                    .requestInterceptor(userAgent)
                    .logger(logger)
                    .logLevel(Logger.Level.HEADERS)
                    .invocationHandlerFactory(capture)
                    .target(api, baseUrl);
            if (capture.handlers.isEmpty()) {
                throw new IllegalStateException("Feign built no method handlers for " + api.getName());
            }
            handlers.putAll(capture.handlers);
            for (MethodMetadata md : new Contract.Default().parseAndValidateMetadata(api)) {
                MethodHandler feignHandler = capture.handlers.get(md.method());
                RequestPlan plan = feignHandler == null ? null : RequestPlan.of(md, baseUrl, fixedHeaders, mapper);
                if (plan != null) {
                    handlers.put(md.method(), new PlannedMethodHandler(plan, feignHandler, md.configKey(),
                            md.returnType(), client, logger, responseHandler));
                }
            }
        }
        this.handlers = Map.copyOf(handlers);
    }

    /**
     * The generated interface for one attempt: its calls carry the attempt's timeouts and a token fetched for it
     * ({@link Attempt#forceTokenRefresh()} passed on to the credential).
     *
     * @throws TokenAcquisitionException when no token could be had; nothing was sent
     */
    public TransfersApi api(Attempt attempt) {
        return forAttempt(TransfersApi.class, attempt);
    }

    /**
     * The generated webhook registration interface for one attempt, as {@link #api(Attempt)} for the transfer calls.
     *
     * @throws TokenAcquisitionException when no token could be had; nothing was sent
     */
    public WebhooksApi webhooksApi(Attempt attempt) {
        return forAttempt(WebhooksApi.class, attempt);
    }

    private <T> T forAttempt(Class<T> api, Attempt attempt) {
        CallObservation observation = attempt.observation();
        AccessToken token;
        if (attempt.forceTokenRefresh()) {
            token = refreshedToken(attempt);
        } else if (observation == null || !observation.observesTokenRefreshes()) {
            token = credential.getToken(false);
        } else {
            token = observedToken(observation);
        }
        if (token == null) {
            throw new TokenAcquisitionException("the credential returned no access token", 0, null, false, null,
                    null);
        }
        AttemptOptions options = new AttemptOptions(attempt, "Bearer " + token.token());
        String name = api.getSimpleName();
        InvocationHandler handler = (proxy, method, args) -> invoke(name, proxy, method, args, options);
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
    }

    /**
     * The token for the re-send after a 401. Calls that got their 401 together share one refresh: refreshes go
     * one at a time, and a call whose rejected attempt began before the last refresh completed takes that newer
     * token instead of asking for another. (A credential cannot tell which token a 401 was for.)
     */
    private AccessToken refreshedToken(Attempt attempt) {
        CallObservation observation = attempt.observation();
        long start = observation == null ? 0L : System.nanoTime();
        AccessToken token;
        boolean shared;
        try {
            synchronized (refreshLock) {
                shared = refreshed && lastRefreshNanos - attempt.rejectedAttemptStartNanos() > 0;
                if (shared) {
                    token = credential.getToken(false);
                } else {
                    token = credential.getToken(true);
                    lastRefreshNanos = System.nanoTime();
                    refreshed = true;
                }
            }
        } catch (RuntimeException e) {
            if (observation != null) {
                observation.tokenRefreshed(TokenRefresh.Reason.UNAUTHORIZED, TokenRefresh.Outcome.FAILED, start, e);
            }
            throw e;
        }
        if (observation != null) {
            if (token != null && observation.observesTokenRefreshes()) {
                lastObservedToken.set(token.token()); // told here, so not again as the credential's own refresh
            }
            observation.tokenRefreshed(TokenRefresh.Reason.UNAUTHORIZED,
                    shared ? TokenRefresh.Outcome.SHARED : TokenRefresh.Outcome.REFRESHED, start, null);
        }
        return token;
    }

    /**
     * The token for an attempt of an observed call, telling the observer when the credential handed out a new one
     * on its own: a token other than the last one seen, the first excepted (getting the first token is no
     * refresh). Of the calls that get the new token together, only the first to record it tells. A credential that
     * fails after a token was in use failed to refresh it.
     */
    private AccessToken observedToken(CallObservation observation) {
        long start = System.nanoTime();
        AccessToken token;
        try {
            token = credential.getToken(false);
        } catch (RuntimeException e) {
            if (lastObservedToken.get() != null) {
                observation.tokenRefreshed(TokenRefresh.Reason.PROACTIVE, TokenRefresh.Outcome.FAILED, start, e);
            }
            throw e;
        }
        if (token != null) {
            String seen = lastObservedToken.get();
            String now = token.token();
            if (seen != now && (seen == null || !seen.equals(now)) && lastObservedToken.compareAndSet(seen, now)
                    && seen != null) {
                observation.tokenRefreshed(TokenRefresh.Reason.PROACTIVE, TokenRefresh.Outcome.REFRESHED, start,
                        null);
            }
        }
        return token;
    }

    private Object invoke(String apiName, Object proxy, Method method, Object[] args, AttemptOptions options)
            throws Throwable {
        MethodHandler handler = handlers.get(method);
        if (handler != null) {
            Object[] withOptions = args == null ? new Object[1] : Arrays.copyOf(args, args.length + 1);
            withOptions[withOptions.length - 1] = options;
            return handler.invoke(withOptions);
        }
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return apiName + "{" + options.attempt() + "}";
            default:
                throw new UnsupportedOperationException(method.toString());
        }
    }

    /** Releases pooled connections and threads. */
    @Override
    public void close() {
        httpClient.dispatcher().executorService().shutdown();
        httpClient.connectionPool().evictAll();
    }

    /** Open connections in the pool (tests of closing). */
    public int pooledConnections() {
        return httpClient.connectionPool().connectionCount();
    }

    @Override
    public String toString() {
        return "FeignTransport{credential=" + credential + "}";
    }

    /** Keeps Feign's method handlers, which Feign builds once per interface method, for {@link #api(Attempt)}. */
    private static final class HandlerCapture implements InvocationHandlerFactory {
        private final InvocationHandlerFactory feignDefault = new InvocationHandlerFactory.Default();
        private Map<Method, MethodHandler> handlers = Map.of();

        @Override
        @SuppressWarnings("rawtypes") // Feign's interface takes a raw Target
        public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
            this.handlers = dispatch;
            return feignDefault.create(target, dispatch);
        }
    }
}
