package io.github.pctransfers.simulator;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for what the simulator makes up: transfer and delivery ids. From
 * {@link ThreadLocalRandom}, because they are made under the store's lock, where {@link UUID#randomUUID()}'s one
 * shared {@code SecureRandom} made the request threads queue (profiled under load); these ids name simulated
 * things and guard nothing.
 */
final class RandomIds {
    private RandomIds() {
    }

    /** A new random UUID, in lowercase text. */
    static String uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
