package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.model.RequestShapeException;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferCreateRequests.Shape;
import io.github.pctransfers.client.model.TransferIds.InvalidIdException;
import io.github.pctransfers.client.model.TransferType;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferLineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A create comes in two documented shapes (the spec's {@code TransferCreateRequest} oneOf): the client refuses a
 * body that is complete for neither, or for both, before anything reaches the wire, and names what is missing.
 * The complete bodies are {@code fixtures/create-requests/<shape>/request.json}.
 */
class CreateTransferShapesTest extends WireMockTestBase {
    private static final ObjectMapper MAPPER = TransfersJson.newObjectMapper();
    /** The spec's oneOf branch titles, and the fixture folder and shape each stands for. */
    private static final Map<String, Shape> BRANCHES = Map.of("Legacy create", Shape.LEGACY,
            "New-commerce create", Shape.NEW_COMMERCE);

    private TransfersClient client;

    @BeforeEach
    void openClient() {
        client = clientBuilder().build();
        SERVER.stubFor(post(urlEqualTo(TRANSFERS_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + TRANSFER_ID + "\",\"status\":\"Active\"}")));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static String folder(Shape shape) {
        return shape == Shape.LEGACY ? "legacy" : "new-commerce";
    }

    private static ObjectNode complete(Shape shape) throws Exception {
        return (ObjectNode) MAPPER.readTree(
                Fixtures.text("fixtures/create-requests/" + folder(shape) + "/request.json"));
    }

    /** Each required property of each shape, as the spec lists them, plus a legacy line item's subscriptionId. */
    static Stream<Arguments> eachRequiredPropertyOfEachShape() {
        List<Arguments> cases = new ArrayList<>();
        for (JsonNode branch : Fixtures.spec().at("/components/schemas/TransferCreateRequest/oneOf")) {
            Shape shape = BRANCHES.get(branch.path("title").asText());
            branch.path("required").forEach(p -> cases.add(Arguments.of(shape, p.asText())));
        }
        Fixtures.spec().at("/components/schemas/TransferLineItem/required")
                .forEach(p -> cases.add(Arguments.of(Shape.LEGACY, "lineItems[0]." + p.asText())));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource
    void eachRequiredPropertyOfEachShape(Shape shape, String missing) throws Exception {
        ObjectNode body = complete(shape);
        if (missing.startsWith("lineItems[0].")) {
            ((ObjectNode) body.at("/lineItems/0")).remove(missing.substring("lineItems[0].".length()));
        } else {
            assertThat(body.has(missing)).as("the complete fixture has " + missing).isTrue();
            body.remove(missing);
        }
        TransferCreateRequest request = MAPPER.treeToValue(body, TransferCreateRequest.class);

        RequestShapeException e = catchThrowableOfType(RequestShapeException.class,
                () -> client.createTransfer(CUSTOMER_ID, request));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.shape()).isEqualTo(shape.toString());
        assertThat(e.missing()).containsExactly(missing);
        assertThat(e.getMessage()).contains("incomplete " + shape).contains(missing).endsWith("nothing was sent");
        assertThat(requests()).as("nothing reached the wire").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aCompleteBodyOfEachShapeIsSentAsBuilt(Shape shape) throws Exception {
        ObjectNode body = complete(shape);
        TransferCreateRequest request = MAPPER.treeToValue(body, TransferCreateRequest.class);

        assertThat(TransferCreateRequests.requireComplete(request)).isEqualTo(shape);
        client.createTransfer(CUSTOMER_ID, request);

        SERVER.verify(1, postRequestedFor(urlEqualTo(TRANSFERS_PATH)).withRequestBody(equalToJson(body.toString())));
    }

    @Test
    void theFactoriesBuildTheFixtureBodies() throws Exception {
        TransferCreateRequest legacy = TransferCreateRequests.legacy("da6c51b5-1246-4a42-b4ab-cbf38df54537",
                "656218b1-80c9-40b2-83ae-3a2703b55271", "2199BA28-2DC6-4AB2-92CE-9DA4FA66573F",
                "7291BFBF-1772-4C5B-A624-18B6152CD8CB");
        TransferCreateRequest newCommerce = TransferCreateRequests.newCommerce("429ad289-d8da-4265-aaa5-12aa40cc5f8d",
                "Contoso Source Partner", "it-admin@fabrikam.example", TransferType.of(3));

        // As written on the wire and read back, so that numbers compare by value (3 as a long equals 3 as an int).
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(legacy))).isEqualTo(complete(Shape.LEGACY));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(newCommerce))).isEqualTo(complete(Shape.NEW_COMMERCE));
    }

    @Test
    void aNewCommerceCreateForAnIndirectResellerSendsItsParticipants() throws Exception {
        JsonNode expected = MAPPER.readTree(
                Fixtures.text("fixtures/create-requests/new-commerce-indirect-reseller/request.json"));
        TransferCreateRequest request = TransferCreateRequests.newCommerce("429ad289-d8da-4265-aaa5-12aa40cc5f8d",
                        "Contoso Source Partner", "it-admin@fabrikam.example", TransferType.of(3))
                .toBuilder()
                .targetPartnerEmailId("northwind-transfers-emea")
                .addParticipantsItem(TransferCreateRequests.indirectReseller("5139005"))
                .build();

        assertThat(TransferCreateRequests.requireComplete(request)).isEqualTo(Shape.NEW_COMMERCE);
        assertThat(TransferCreateRequests.indirectResellerOf(request)).isEqualTo("5139005");
        client.createTransfer(CUSTOMER_ID, request);

        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = requests();
        assertThat(sent).hasSize(1);
        JsonNode wire = MAPPER.readTree(sent.get(0).getBodyAsString());
        assertThat(wire).as("the body on the wire").isEqualTo(expected);
        assertThat(wire.at("/participants/0/key").asText()).isEqualTo(TransferCreateRequests.TRANSACTION_RESELLER);
    }

    @Test
    void aParticipantNeedsAKeyAndAValue() {
        assertThatThrownBy(() -> TransferCreateRequests.indirectReseller(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TransactionReseller");
        assertThatThrownBy(() -> TransferCreateRequests.participant(null, "5139005"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participant key");
        assertThat(TransferCreateRequests.participantValue(
                List.of(TransferCreateRequests.participant("transactionreseller", "42")),
                TransferCreateRequests.TRANSACTION_RESELLER)).as("keys compare case-insensitively").isEqualTo("42");
    }

    @Test
    void theFactoriesRefuseWhatTheirShapeLacks() {
        assertThatThrownBy(() -> TransferCreateRequests.newCommerce("429ad289-d8da-4265-aaa5-12aa40cc5f8d", " ",
                "it-admin@fabrikam.example", null))
                .isInstanceOfSatisfying(RequestShapeException.class, e -> assertThat(e.missing())
                        .containsExactly("sourcePartnerName", "transferType"));
        assertThatThrownBy(() -> TransferCreateRequests.legacy("da6c51b5-1246-4a42-b4ab-cbf38df54537",
                "656218b1-80c9-40b2-83ae-3a2703b55271"))
                .isInstanceOfSatisfying(RequestShapeException.class, e -> assertThat(e.missing())
                        .containsExactly("lineItems"));
        assertThatThrownBy(() -> TransferCreateRequests.legacy("da6c51b5-1246-4a42-b4ab-cbf38df54537",
                "656218b1-80c9-40b2-83ae-3a2703b55271", List.of(TransferLineItem.builder().quantity(1).build())))
                .isInstanceOfSatisfying(RequestShapeException.class, e -> assertThat(e.missing())
                        .containsExactly("lineItems[0].subscriptionId"));
    }

    @Test
    void blankTextAndAnEmptyLineItemListCountAsMissing() throws Exception {
        TransferCreateRequest blankName = MAPPER.treeToValue(complete(Shape.NEW_COMMERCE), TransferCreateRequest.class)
                .toBuilder().sourcePartnerName("  ").build();
        TransferCreateRequest noItems = MAPPER.treeToValue(complete(Shape.LEGACY), TransferCreateRequest.class)
                .toBuilder().lineItems(new ArrayList<>()).build();

        assertThatThrownBy(() -> client.createTransfer(CUSTOMER_ID, blankName))
                .isInstanceOfSatisfying(RequestShapeException.class,
                        e -> assertThat(e.missing()).containsExactly("sourcePartnerName"));
        assertThatThrownBy(() -> client.createTransfer(CUSTOMER_ID, noItems))
                .isInstanceOfSatisfying(RequestShapeException.class,
                        e -> assertThat(e.missing()).containsExactly("lineItems"));
        assertThat(requests()).isEmpty();
    }

    @Test
    void anEmptyBodyNamesWhatEachShapeNeeds() {
        RequestShapeException e = catchThrowableOfType(RequestShapeException.class,
                () -> client.createTransfer(CUSTOMER_ID, TransferCreateRequest.builder().build()));

        assertThat(e.shape()).isEqualTo("create");
        assertThat(e.missing()).containsExactly("sourcePartnerTenantId", "targetPartnerTenantId", "lineItems",
                "sourcePartnerName", "customerEmailId", "transferType");
        assertThat(e.getMessage()).contains("fits neither shape").contains("legacy create")
                .contains("new-commerce create");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aBodyCompleteForBothShapesIsRefused() throws Exception {
        ObjectNode both = complete(Shape.LEGACY);
        both.setAll((ObjectNode) complete(Shape.NEW_COMMERCE).without("sourcePartnerTenantId"));
        TransferCreateRequest request = MAPPER.treeToValue(both, TransferCreateRequest.class);

        RequestShapeException e = catchThrowableOfType(RequestShapeException.class,
                () -> client.createTransfer(CUSTOMER_ID, request));

        assertThat(e.missing()).isEmpty();
        assertThat(e.getMessage()).contains("exactly one shape").contains("complete for both");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aTenantOrSubscriptionIdThatIsNoGuidIsRefused() throws Exception {
        TransferCreateRequest badTarget = MAPPER.treeToValue(complete(Shape.LEGACY), TransferCreateRequest.class)
                .toBuilder().targetPartnerTenantId("contoso.onmicrosoft.com").build();
        TransferCreateRequest legacy = MAPPER.treeToValue(complete(Shape.LEGACY), TransferCreateRequest.class);
        List<TransferLineItem> items = new ArrayList<>(legacy.getLineItems());
        items.set(1, items.get(1).toBuilder().subscriptionId("MS-AZR-0145P").build());
        TransferCreateRequest badSubscription = legacy.toBuilder().lineItems(items).build();

        assertThatThrownBy(() -> client.createTransfer(CUSTOMER_ID, badTarget))
                .isInstanceOfSatisfying(InvalidIdException.class,
                        e -> assertThat(e.parameter()).isEqualTo("targetPartnerTenantId"));
        assertThatThrownBy(() -> client.createTransfer(CUSTOMER_ID, badSubscription))
                .isInstanceOfSatisfying(InvalidIdException.class,
                        e -> assertThat(e.parameter()).isEqualTo("lineItems[1].subscriptionId"));
        assertThat(requests()).isEmpty();
    }

    @Test
    void theShapesAreTheSpecsOneOfBranches() {
        JsonNode branches = Fixtures.spec().at("/components/schemas/TransferCreateRequest/oneOf");
        assertThat(branches).hasSize(Shape.values().length);
        for (JsonNode branch : branches) {
            Shape shape = BRANCHES.get(branch.path("title").asText());
            assertThat(shape).as("branch " + branch.path("title")).isNotNull();
            List<String> required = new ArrayList<>();
            branch.path("required").forEach(p -> required.add(p.asText()));
            assertThat(shape.required()).containsExactlyInAnyOrderElementsOf(required);
        }
    }
}
