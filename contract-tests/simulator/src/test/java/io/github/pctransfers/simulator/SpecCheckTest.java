package io.github.pctransfers.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec check the simulator's tests rely on does fail on answers that break the spec. */
class SpecCheckTest {
    private static final String PATH = "/v1/customers/823c6c3f-9259-4d51-bae2-5dd06743177f/transfers/"
            + "67c5b05b-09b5-47ba-9047-5056fe2afa4f";
    private static final String SUBSCRIPTION = "75B71186-73C3-45B4-A403-281C0D7EB032";

    @Test
    void aConformingAnswerPasses() {
        assertThat(SpecCheck.responseProblems(answer(200, "{\"id\":\"67c5b05b-09b5-47ba-9047-5056fe2afa4f\","
                + "\"status\":\"Active\",\"lineItems\":[{\"id\":0,\"subscriptionId\":\"" + SUBSCRIPTION
                + "\"}]}"))).isEmpty();
    }

    @Test
    void anEntityWithoutItsRequiredIdFails() {
        assertThat(SpecCheck.responseProblems(answer(200, "{\"status\":\"Active\"}")))
                .anySatisfy(p -> assertThat(p).contains("required"));
    }

    @Test
    void aLineItemIdWrittenAsAStringFails() {
        assertThat(SpecCheck.responseProblems(answer(200, "{\"id\":\"67c5b05b-09b5-47ba-9047-5056fe2afa4f\","
                + "\"status\":\"Active\",\"lineItems\":[{\"id\":\"0\",\"subscriptionId\":\"" + SUBSCRIPTION
                + "\"}]}"))).singleElement().asString().contains("/lineItems/0/id");
    }

    @Test
    void aTransferIdThatIsNoGuidFails() {
        assertThat(SpecCheck.responseProblems(answer(200, "{\"id\":\"t\",\"status\":\"Active\"}")))
                .anySatisfy(p -> assertThat(p).contains("format.uuid"));
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(SpecCheck.responseProblems(answer(418, "{\"code\":1,\"description\":\"teapot\"}")))
                .isNotEmpty();
    }

    private static Exchange answer(int status, String body) {
        return new Exchange(Operation.GET_TRANSFER, "GET", PATH, "", Map.of(), "", status,
                Map.of("Content-Type", List.of("application/json; charset=utf-8")), body, null, false);
    }
}
