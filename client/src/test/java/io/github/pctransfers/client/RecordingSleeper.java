package io.github.pctransfers.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits asked for instead of sleeping; optionally moves a {@link MutableClock} on by each wait. */
final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    private volatile MutableClock clock;

    RecordingSleeper advancing(MutableClock clock) {
        this.clock = clock;
        return this;
    }

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
        MutableClock c = clock;
        if (c != null) {
            c.advance(duration);
        }
    }
}
