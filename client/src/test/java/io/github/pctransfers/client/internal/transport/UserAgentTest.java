package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentTest {

    @Test
    void theVersionIsTheOneTheBuildWroteIntoTheJar() {
        assertThat(UserAgent.LIBRARY_VERSION).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }

    @Test
    void theApplicationNameComesFirstThenTheLibraryAndTheRuntime() {
        assertThat(new UserAgent("Contoso").value())
                .startsWith("Contoso pc-transfers-java/" + UserAgent.LIBRARY_VERSION + " (Java ");
        assertThat(new UserAgent(null).value()).startsWith("pc-transfers-java/" + UserAgent.LIBRARY_VERSION + " (");
    }
}
