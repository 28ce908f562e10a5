package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RedactingLoggerTest {

    @Test
    void theReadmeNamesEveryHeaderTheWireLogWrites() throws IOException {
        String readme = Files.readString(Paths.get("README.md")).toLowerCase(Locale.ROOT);
        assertThat(RedactingLogger.ALLOWED_HEADERS).isNotEmpty().doesNotContain("authorization");
        for (String header : RedactingLogger.ALLOWED_HEADERS) {
            assertThat(readme).contains("`" + header + "`");
        }
    }
}
