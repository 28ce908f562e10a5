package io.github.pctransfers.client.internal.transport;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import okhttp3.Interceptor;

/**
 * The one door into the transport from outside the client, for the conformance kit only (client/API.md, "The kit's
 * in-process transport"). Not API: the package is not exported, and this may change with any release.
 *
 * <p>{@link #interceptedBy} puts an OkHttp application interceptor in front of every exchange of the clients a
 * {@code TransfersClient.Builder} builds. The kit's interceptor answers each request from an in-process WireMock
 * server without a socket. Everything the client does above OkHttp (Feign, the attempt, the token, the codecs, the
 * error decoder) runs unchanged.
 *
 * <p>{@code TransfersClient.Builder} registers how to set its interceptor when its class is initialised (which
 * {@code TransfersClient.builder()} does before any builder exists), so the transport package does not depend on
 * the API package (no package cycle) and the builder has no public member for it.
 */
public final class KitTransport {
    private static final AtomicReference<BiConsumer<Object, Interceptor>> BUILDER_HOOK = new AtomicReference<>();

    private KitTransport() {
    }

    /**
     * Called once, by {@code TransfersClient.Builder}.
     *
     * @throws IllegalStateException on a second call
     */
    public static void registerBuilderHook(BiConsumer<Object, Interceptor> hook) {
        if (!BUILDER_HOOK.compareAndSet(null, Objects.requireNonNull(hook, "hook"))) {
            throw new IllegalStateException("the builder hook is registered already");
        }
    }

    /**
     * Makes the clients {@code clientBuilder} builds send every exchange through {@code interceptor}.
     *
     * @param clientBuilder a {@code TransfersClient.Builder}
     * @return {@code clientBuilder}
     */
    public static <B> B interceptedBy(B clientBuilder, Interceptor interceptor) {
        BiConsumer<Object, Interceptor> hook = BUILDER_HOOK.get();
        if (hook == null) {
            throw new IllegalStateException("TransfersClient.Builder registered no hook");
        }
        hook.accept(Objects.requireNonNull(clientBuilder, "clientBuilder"), interceptor);
        return clientBuilder;
    }
}
