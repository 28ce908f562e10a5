package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a recorded exchange may not carry. */
class ExchangeRedactionTest {
    private static final String TOKEN = "eyJ0eXAiOiJKV1Qi.payload.signature-7f3a";

    @Test
    void authorizationKeepsItsSchemeOnly() {
        assertThat(ExchangeRedaction.header("Authorization", "Bearer " + TOKEN, TOKEN)).isEqualTo("Bearer REDACTED");
        assertThat(ExchangeRedaction.header("proxy-authorization", "Basic dXNlcjpwYXNz", TOKEN))
                .isEqualTo("Basic REDACTED");
        assertThat(ExchangeRedaction.header("Authorization", "opaque", TOKEN)).isEqualTo("REDACTED");
    }

    @Test
    void cookiesAndHeadersNamedLikeSecretsAreRedacted() {
        for (String name : new String[] {"Cookie", "Set-Cookie", "X-Client-Secret", "x-ms-token", "Api-Key",
                "Ocp-Apim-Subscription-Key", "X-Password", "X-Signature", "X-Session-Id"}) {
            assertThat(ExchangeRedaction.header(name, "abc", TOKEN)).as(name).isEqualTo("REDACTED");
        }
        for (String name : new String[] {"MS-RequestId", "Content-Type", "X-Locale", "Retry-After",
                "WWW-Authenticate"}) {
            assertThat(ExchangeRedaction.header(name, "abc", TOKEN)).as(name).isEqualTo("abc");
        }
    }

    @Test
    void theTokenIsReplacedWhereverElseItAppears() {
        assertThat(ExchangeRedaction.header("X-Echo", "was " + TOKEN, TOKEN)).isEqualTo("was REDACTED");
        assertThat(ExchangeRedaction.text("{\"note\":\"" + TOKEN + "\"}", TOKEN)).isEqualTo("{\"note\":\"REDACTED\"}");
    }

    @Test
    void secretPropertiesAndParametersAreRedactedInBodiesAndUrls() {
        assertThat(ExchangeRedaction.text("{\"access_token\" : \"a\\\"b\",\"client_secret\":\"s3\",\"id\":\"x\"}",
                null)).isEqualTo("{\"access_token\" : \"REDACTED\",\"client_secret\":\"REDACTED\",\"id\":\"x\"}");
        assertThat(ExchangeRedaction.text("grant_type=client_credentials&client_secret=s%3D3&scope=x", null))
                .isEqualTo("grant_type=client_credentials&client_secret=REDACTED&scope=x");
        assertThat(ExchangeRedaction.text("https://h/v1/x?access_token=abc&b=1", null))
                .isEqualTo("https://h/v1/x?access_token=REDACTED&b=1");
        assertThat(ExchangeRedaction.text("https://h/v1/customers/c/transfers?transferType=x", TOKEN))
                .isEqualTo("https://h/v1/customers/c/transfers?transferType=x");
    }

    @Test
    void aBinaryBodyLosesTheTokenBytesToo() {
        byte[] body = ("\u00ff" + TOKEN).getBytes(StandardCharsets.ISO_8859_1);
        String redacted = new String(ExchangeRedaction.body(body, TOKEN), StandardCharsets.ISO_8859_1);
        assertThat(redacted).isEqualTo("\u00ffREDACTED");
    }

    @Test
    void theBearerTokenIsFoundInTheAuthorizationValue() {
        assertThat(ExchangeRedaction.bearerToken("Bearer " + TOKEN)).isEqualTo(TOKEN);
        assertThat(ExchangeRedaction.bearerToken("Bearer")).isNull();
        assertThat(ExchangeRedaction.bearerToken(null)).isNull();
    }
}
