package io.github.pctransfers.client.internal.transport;

import feign.InvocationHandlerFactory.MethodHandler;
import feign.Logger;
import feign.Request;
import feign.Response;
import feign.ResponseHandler;
import feign.RetryableException;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * Feign's synchronous method handler with the request built from a {@link RequestPlan} instead of an expanded
 * request template: the same client, logger, response handler (Feign's own: decoder, error decoder, closing) and
 * the same exceptions as Feign's handler. When the plan declines a call's arguments, Feign's own handler for the
 * method takes the call, so every call behaves as with Feign.
 */
final class PlannedMethodHandler implements MethodHandler {
    private final RequestPlan plan;
    private final MethodHandler feignHandler;
    private final String configKey;
    private final Type returnType;
    private final feign.Client client;
    private final RedactingLogger logger;
    private final ResponseHandler responseHandler;

    PlannedMethodHandler(RequestPlan plan, MethodHandler feignHandler, String configKey, Type returnType,
            feign.Client client, RedactingLogger logger, ResponseHandler responseHandler) {
        this.plan = plan;
        this.feignHandler = feignHandler;
        this.configKey = configKey;
        this.returnType = returnType;
        this.client = client;
        this.logger = logger;
        this.responseHandler = responseHandler;
    }

    @Override
    public Object invoke(Object[] argv) throws Throwable {
        Request request = plan.request(argv);
        if (request == null) {
            return feignHandler.invoke(argv);
        }
        Request.Options options = options(argv);
        logger.logRequest(configKey, Logger.Level.HEADERS, request);
        long start = System.nanoTime();
        Response response;
        try {
            response = client.execute(request, options);
        } catch (IOException e) {
            long elapsed = elapsedMillis(start);
            logger.logIOException(configKey, Logger.Level.HEADERS, e, elapsed);
            // What Feign's handler throws for an I/O error while sending or waiting (FeignException.errorExecuting).
            throw new RetryableException(-1, String.format("%s executing %s %s", e.getMessage(),
                    request.httpMethod(), request.url()), request.httpMethod(), e, (Long) null, request);
        }
        return responseHandler.handleResponse(configKey, response, returnType, elapsedMillis(start));
    }

    /** The options argument {@link FeignTransport} appends to every call, as Feign's handler finds it. */
    private static Request.Options options(Object[] argv) {
        for (int i = argv.length - 1; i >= 0; i--) {
            if (argv[i] instanceof Request.Options) {
                return (Request.Options) argv[i];
            }
        }
        return new Request.Options();
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }
}
