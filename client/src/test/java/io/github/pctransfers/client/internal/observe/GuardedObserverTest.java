package io.github.pctransfers.client.internal.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.observability.AttemptEnd;
import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.Retry;
import io.github.pctransfers.client.observability.Throttle;
import io.github.pctransfers.client.observability.TokenRefresh;
import io.github.pctransfers.client.observability.TransfersObserver;
import org.junit.jupiter.api.Test;

/** Which events an observer takes: the client builds none for a method the observer leaves at its default. */
class GuardedObserverTest {

    /** Overrides two methods with its own state type, so the overrides are reached through bridge methods. */
    static class EndsAndRefreshes implements TransfersObserver<CallStart> {
        @Override
        public void tokenRefreshed(CallStart call, TokenRefresh refresh) {
        }

        @Override
        public void callEnded(CallStart call, CallEnd end) {
        }
    }

    /** Inherits its overrides: a subclass that overrides nothing itself still takes what its parent does. */
    static final class Inheriting extends EndsAndRefreshes {
    }

    @Test
    void anOverrideIsSeenThroughTheBridgeMethodAndADefaultIsNot() {
        EndsAndRefreshes observer = new EndsAndRefreshes();

        assertThat(GuardedObserver.overrides(observer, "callEnded", CallEnd.class)).isTrue();
        assertThat(GuardedObserver.overrides(observer, "tokenRefreshed", TokenRefresh.class)).isTrue();
        assertThat(GuardedObserver.overrides(observer, "attemptEnded", AttemptEnd.class)).isFalse();
        assertThat(GuardedObserver.overrides(observer, "throttled", Throttle.class)).isFalse();
        assertThat(GuardedObserver.overrides(observer, "retryScheduled", Retry.class)).isFalse();
    }

    @Test
    void inheritedOverridesCountAndAnObserverOverridingNothingTakesNoEvent() {
        GuardedObserver inheriting = GuardedObserver.of(new Inheriting());
        GuardedObserver empty = GuardedObserver.of(new TransfersObserver<Void>() {
        });

        assertThat(inheriting.wantsCallEnds).isTrue();
        assertThat(inheriting.wantsTokenRefreshes).isTrue();
        assertThat(inheriting.wantsAttempts).isFalse();
        assertThat(empty.wantsAttempts || empty.wantsThrottles || empty.wantsRetries || empty.wantsTokenRefreshes
                || empty.wantsCallEnds).isFalse();
    }
}
