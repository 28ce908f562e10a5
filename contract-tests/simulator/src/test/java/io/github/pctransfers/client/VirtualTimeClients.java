package io.github.pctransfers.client;

import io.github.pctransfers.client.internal.transport.CallExecutor;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The client's package-private time hooks (clock, sleeper, await scheduler), for the simulator's tests of
 * awaitTransfer in virtual time. It sits in the client's package, which works because these tests run on the class
 * path: there a package spans jars. The hooks stay out of the client's API (client/API.md, "Test hooks").
 */
public final class VirtualTimeClients {
    private VirtualTimeClients() {
    }

    /** A client builder whose time is {@code clock}, whose waits are {@code sleeper} and whose async timer is {@code scheduler}. */
    public static TransfersClient.Builder builder(Clock clock, CallExecutor.Sleeper sleeper,
            ScheduledExecutorService scheduler) {
        return TransfersClient.builder().clock(clock).sleeper(sleeper).awaitScheduler(scheduler);
    }
}
