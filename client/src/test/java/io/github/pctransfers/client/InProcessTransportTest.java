package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.TransportException;
import io.github.pctransfers.client.http.InProcessTransport;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The advanced in-process transport answers a client's exchanges without a socket, and everything above the network
 * (headers, token, codecs, error decoder, retries) runs as for a real call.
 */
class InProcessTransportTest {
    private static final String CUSTOMER = "b67f0b00-f9e8-4c57-bcb5-0b8b95c6ccf0";
    private static final String TRANSFER = "46e8ed67-8adf-4f65-b3d8-d31318080556";

    private static TransfersClient client(InProcessTransport transport, RetryPolicy retries) {
        return TransfersClient.builder()
                .baseUrl("http://127.0.0.1:1")
                .accessToken(() -> "in-process-token")
                .retryPolicy(retries)
                .sleeper(d -> { })
                .inProcessTransport(transport)
                .build();
    }

    private static InProcessTransport.Response documented(String resource) {
        Fixtures.HttpResponseFixture fixture = Fixtures.response(resource);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        fixture.headers.forEach((name, value) -> headers.put(name, List.of(value)));
        return new InProcessTransport.Response(fixture.status, "", headers,
                fixture.body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentedGetByIdIsAnsweredInProcessWithTheClientsHeaders() {
        List<InProcessTransport.Request> seen = new ArrayList<>();
        try (TransfersClient client = client(request -> {
            seen.add(request);
            return documented(Fixtures.DOCUMENTED + "get-transfer-by-id/response.http");
        }, RetryPolicy.none())) {
            TransferEntity transfer = client.getTransfer(CUSTOMER, TRANSFER);
            assertThat(transfer.getId()).isNotBlank();
        }
        assertThat(seen).hasSize(1);
        InProcessTransport.Request request = seen.get(0);
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.url()).isEqualTo("http://127.0.0.1:1/v1/customers/" + CUSTOMER + "/transfers/" + TRANSFER);
        assertThat(request.header("authorization")).isEqualTo("Bearer in-process-token");
        assertThat(request.header("MS-RequestId")).isNotBlank();
        assertThat(request.body()).isEmpty();
        assertThat(request.toString()).doesNotContain("in-process-token");
    }

    @Test
    void aCreateHandsTheTransportItsJsonBodyAndContentType() {
        List<InProcessTransport.Request> seen = new ArrayList<>();
        TransferCreateRequest create = TransferCreateRequests.newCommerce("429ad289-d8da-4265-aaa5-12aa40cc5f8d",
                "Contoso Source Partner", "it-admin@fabrikam.example", TransferType.of(3));
        try (TransfersClient client = client(request -> {
            seen.add(request);
            return documented(Fixtures.DOCUMENTED + "authored-create-transfer-new-commerce-201/response.http");
        }, RetryPolicy.none())) {
            assertThat(client.createTransfer(CUSTOMER, create).getId()).isNotBlank();
        }
        assertThat(seen).hasSize(1);
        InProcessTransport.Request request = seen.get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        String body = new String(request.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("\"customerEmailId\":\"it-admin@fabrikam.example\"");
        assertThat(request.header("Content-Length")).isEqualTo(Integer.toString(request.body().length));
    }

    @Test
    void anIoExceptionIsANetworkFailureAndIsRetried() {
        int[] calls = {0};
        try (TransfersClient client = client(request -> {
            calls[0]++;
            if (calls[0] == 1) {
                throw new IOException("connection reset (in process)");
            }
            return documented(Fixtures.DOCUMENTED + "get-transfer-by-id/response.http");
        }, RetryPolicy.builder().maxAttempts(2).build())) {
            assertThat(client.getTransfer(CUSTOMER, TRANSFER).getId()).isNotBlank();
        }
        assertThat(calls[0]).isEqualTo(2);
    }

    @Test
    void aTransportFailureOnEveryAttemptIsATypedTransportException() {
        try (TransfersClient client = client(request -> {
            throw new IOException("no route (in process)");
        }, RetryPolicy.none())) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER, TRANSFER)).isInstanceOf(TransportException.class);
        }
    }

    @Test
    void anErrorStatusGoesThroughTheErrorDecoder() {
        try (TransfersClient client = client(request -> documented(
                "fixtures/error-responses/transfer-not-found-404/response.http"), RetryPolicy.none())) {
            assertThatThrownBy(() -> client.getTransfer(CUSTOMER, TRANSFER)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void aNoContentAnswerEndsAWithdraw() {
        List<InProcessTransport.Request> seen = new ArrayList<>();
        try (TransfersClient client = client(request -> {
            seen.add(request);
            return new InProcessTransport.Response(204, "No Content", Map.of(), new byte[0]);
        }, RetryPolicy.none())) {
            client.withdrawTransfer(CUSTOMER, TRANSFER);
        }
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).method()).isEqualTo("DELETE");
        assertThat(seen.get(0).body()).isEmpty();
    }
}
