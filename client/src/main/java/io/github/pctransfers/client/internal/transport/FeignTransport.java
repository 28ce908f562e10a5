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
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.internal.generated.api.TransfersApi;
import io.github.pctransfers.client.internal.generated.api.WebhooksApi;
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
     * @param wireLog  where request and response lines go (allow-listed headers only), at DEBUG
     * @param recorder where every attempt that got a response goes, redacted; null for none
     * @param interceptor an OkHttp application interceptor every exchange goes through, or null; set only through
     *                    {@link KitTransport} (the conformance kit's in-process replay)
     */
    public FeignTransport(String baseUrl, TokenCredential credential, String applicationName,
            Duration connectTimeout, Duration readTimeout, ObjectMapper mapper, Clock clock, org.slf4j.Logger wireLog,
            TrafficRecorder recorder, okhttp3.Interceptor interceptor) {
        this.credential = Objects.requireNonNull(credential, "credential");
        // OkHttp's own silent retry would add attempts the policy does not count: off.
        okhttp3.OkHttpClient.Builder http = new okhttp3.OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout);
        if (interceptor != null) {
            http.addInterceptor(interceptor);
        }
        this.httpClient = http.build();
        UserAgent userAgent = new UserAgent(applicationName);
        RedactingLogger logger = new RedactingLogger(wireLog);
        feign.Client client = new AttemptClient(new OkHttpSender(httpClient),
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
        AccessToken token = attempt.forceTokenRefresh() ? refreshedToken(attempt) : credential.getToken(false);
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
        synchronized (refreshLock) {
            if (refreshed && lastRefreshNanos - attempt.rejectedAttemptStartNanos() > 0) {
                return credential.getToken(false);
            }
            AccessToken fresh = credential.getToken(true);
            lastRefreshNanos = System.nanoTime();
            refreshed = true;
            return fresh;
        }
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
