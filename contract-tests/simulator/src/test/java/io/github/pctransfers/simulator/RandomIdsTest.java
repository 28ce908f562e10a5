package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.model.TransferIds;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The made-up ids are well-formed random UUIDs, as Partner Center's are. */
class RandomIdsTest {
    @Test
    void everyIdIsADistinctVersion4UuidInLowercase() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RandomIds.uuid();
            UUID parsed = UUID.fromString(id);
            assertThat(parsed.version()).isEqualTo(4);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(id).isLowerCase().hasSize(36);
            assertThat(TransferIds.isGuid(id)).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }
}
