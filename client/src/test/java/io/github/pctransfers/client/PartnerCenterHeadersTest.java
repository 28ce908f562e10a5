package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.pctransfers.client.model.TransferIds;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accept, MS-RequestId, MS-CorrelationId, X-Locale, MS-PartnerCenter-Application, User-Agent. */
class PartnerCenterHeadersTest extends WireMockTestBase {

    @BeforeEach
    void everyCallSucceeds() {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}")));
    }

    @Test
    void everyCallSendsAcceptJsonAndTheBearerToken() {
        try (TransfersClient client = clientBuilder().build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.rejectTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.getHeader("Accept")).isEqualTo("application/json");
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void eachLogicalCallGetsNewRequestAndCorrelationIdsThatAreGuids() {
        try (TransfersClient client = clientBuilder().build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        List<LoggedRequest> sent = requests();
        assertThat(sent).hasSize(2).allSatisfy(r -> {
            assertThat(TransferIds.isGuid(r.getHeader("MS-RequestId"))).isTrue();
            assertThat(TransferIds.isGuid(r.getHeader("MS-CorrelationId"))).isTrue();
            assertThat(r.getHeader("MS-RequestId")).isNotEqualTo(r.getHeader("MS-CorrelationId"));
        });
        assertThat(sent.get(0).getHeader("MS-RequestId")).isNotEqualTo(sent.get(1).getHeader("MS-RequestId"));
        assertThat(sent.get(0).getHeader("MS-CorrelationId"))
                .isNotEqualTo(sent.get(1).getHeader("MS-CorrelationId"));
    }

    @Test
    void aCallerCanFixTheCorrelationIdAndTheRequestId() {
        String correlationId = "4827b753-8541-428b-8c90-059b6b4851bd";
        String requestId = "8389053b-731c-4261-9899-1583d7859153";
        try (TransfersClient client = clientBuilder().build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID,
                    RequestOptions.builder().correlationId(correlationId).requestId(requestId).build());
        }
        LoggedRequest r = requests().get(0);
        assertThat(r.getHeader("MS-CorrelationId")).isEqualTo(correlationId);
        assertThat(r.getHeader("MS-RequestId")).isEqualTo(requestId);
    }

    @Test
    void localeAndApplicationNameAreSentWhenConfiguredAndAPerCallLocaleWins() {
        try (TransfersClient client = clientBuilder().locale("de-DE").applicationName("Contoso Billing").build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID, RequestOptions.builder().locale("ja-JP").build());
        }
        List<LoggedRequest> sent = requests();
        assertThat(sent.get(0).getHeader("X-Locale")).isEqualTo("de-DE");
        assertThat(sent.get(1).getHeader("X-Locale")).isEqualTo("ja-JP");
        assertThat(sent).allSatisfy(r ->
                assertThat(r.getHeader("MS-PartnerCenter-Application")).isEqualTo("Contoso Billing"));
    }

    @Test
    void headerValuesWithBracesAndPercentSignsAreSentLiterally() {
        try (TransfersClient client = clientBuilder().applicationName("Contoso {Billing} 100%").build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        assertThat(requests().get(0).getHeader("MS-PartnerCenter-Application")).isEqualTo("Contoso {Billing} 100%");
    }

    @Test
    void optionalHeadersAreLeftOutWhenNotConfigured() {
        try (TransfersClient client = clientBuilder().build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        LoggedRequest r = requests().get(0);
        assertThat(r.containsHeader("X-Locale")).isFalse();
        assertThat(r.containsHeader("MS-PartnerCenter-Application")).isFalse();
        assertThat(r.getHeaders().keys()).noneMatch(name -> r.getHeader(name).contains("{"));
    }

    @Test
    void theUserAgentNamesTheLibraryAndItsVersionAfterTheApplication() {
        try (TransfersClient client = clientBuilder().applicationName("Contoso").build()) {
            client.getTransfer(CUSTOMER_ID, TRANSFER_ID);
        }
        // The version itself (read from the jar, never "unknown") is checked in UserAgentTest.
        assertThat(requests().get(0).getHeader("User-Agent"))
                .matches("Contoso pc-transfers-java/[0-9][^ ]* \\(Java [^;]+; [^)]+\\)");
    }

    @Test
    void headerValuesWithControlCharactersAreRefusedBeforeAnythingIsSent() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestOptions.builder().locale("en-US\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locale");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TransfersClient.builder().applicationName("a\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applicationName");
    }
}
