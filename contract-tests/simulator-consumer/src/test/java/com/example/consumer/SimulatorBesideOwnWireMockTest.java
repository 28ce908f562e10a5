package com.example.consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.simulator.TransfersSimulator;
import io.github.pctransfers.simulator.junit.TransfersSimulatorTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's test that runs the transfers simulator and its own WireMock server side by side, as the simulator's
 * README tells: both answer, each only what was sent to it.
 */
@TransfersSimulatorTest
class SimulatorBesideOwnWireMockTest {
    // A customer of the simulator's built-in seed.
    static final String CUSTOMER = "823c6c3f-9259-4d51-bae2-5dd06743177f";

    @RegisterExtension
    static WireMockExtension ownServer = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void simulatorAndOwnWireMockEachAnswerTheirOwnRequests(TransfersClient client, TransfersSimulator simulator)
            throws Exception {
        ownServer.stubFor(get(urlEqualTo("/billing/ping")).willReturn(aResponse().withStatus(200).withBody("pong")));

        var transfers = client.listTransfers(CUSTOMER);
        HttpResponse<String> own = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ownServer.baseUrl() + "/billing/ping")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(1, transfers.size(), "the seed customer has one transfer (the eligibility page's)");
        assertEquals("pong", own.body());
        ownServer.verify(1, getRequestedFor(urlEqualTo("/billing/ping")));
        assertEquals(1, ownServer.getAllServeEvents().size(), "the simulator's call did not reach the user's server");
        assertTrue(!simulator.baseUrl().equals(ownServer.baseUrl()));
    }

    @Test
    void eligibilityComesFromTheSimulatorSeed(TransfersClient client) {
        var eligibility = client.getTransferEligibility(CUSTOMER, "directtoindirect");

        assertTrue(!eligibility.isEmpty(), "the seed customer has subscriptions");
    }
}
