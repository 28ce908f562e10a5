package io.github.pctransfers.conformance.internal.replay;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_CORRELATION_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.MS_REQUEST_ID;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.X_LOCALE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.github.pctransfers.client.RequestOptions;
import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.PartnerCenterError;
import io.github.pctransfers.client.model.ThrottlingError;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEligibility;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.client.model.WebhookRegistration;
import io.github.pctransfers.client.model.WebhookRegistrationRequest;
import io.github.pctransfers.client.model.WebhookValidationEventReference;
import io.github.pctransfers.client.model.WebhookValidationEventStatus;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.spec.SpecOperation;
import io.github.pctransfers.client.model.PartnerCenterError;
import io.github.pctransfers.client.model.ThrottlingError;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferEligibility;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Maps a documented request to the {@link TransfersClient} method a user would call for it, with the arguments
 * taken from the request: ids from the path, {@code transferType} from the query, the body as the method's model,
 * and MS-RequestId, MS-CorrelationId and X-Locale as {@link RequestOptions}.
 *
 * <p>The webhook registration operations map to {@code TransfersClient.webhooks()} ({@code WebhookRegistrations}).
 *
 * <p>The PATCH operation serves three facade methods: {@code rejectTransfer} when the body's status is
 * {@code reject} (any case), {@code cancelTransfer} when it is {@code Cancel} (the documented body then goes in as
 * the details), and {@code submitTransfer} when the body carries {@code lineItems}.
 */
public final class FacadeCalls {
    private static final ObjectMapper STRICT = TransfersJson.newStrictObjectMapper();
    private static final TypeFactory TYPES = STRICT.getTypeFactory();

    private FacadeCalls() {
    }

    /** A facade call ready to run against a client. */
    public record Planned(String description, Function<TransfersClient, Object> invocation) {
    }

    /** The documented request cannot be expressed as a facade call (a finding about the facade or the example). */
    public static final class PlanException extends Exception {
        private static final long serialVersionUID = 1L;

        PlanException(String message) {
            super(message);
        }
    }

    /**
     * Plans the facade call for a documented request.
     *
     * @param operation the operation
     * @param request the request
     * @param body the request body to send (the documented one, or its corrected copy)
     * @return the planned
     * @throws PlanException when no facade method can send this request
     */
    public static Planned plan(SpecOperation operation, HttpExample request, String body) throws PlanException {
        Map<String, String> path = operation.pathParameters(request.path());
        String customerId = path.get("customer-id");
        String transferId = path.get("transfer-id");
        RequestOptions options = options(request);
        switch (operation.operationId()) {
            case "createTransfer": {
                TransferCreateRequest create = read(body, TransferCreateRequest.class, "createTransfer");
                return new Planned("createTransfer(customerId, transfer, options)",
                        c -> c.createTransfer(customerId, create, options));
            }
            case "listTransfers":
                return new Planned("listTransfers(customerId, options)", c -> c.listTransfers(customerId, options));
            case "getTransfer":
                return new Planned("getTransfer(customerId, transferId, options)",
                        c -> c.getTransfer(customerId, transferId, options));
            case "acceptTransfer":
                return new Planned("acceptTransfer(customerId, transferId, options)",
                        c -> c.acceptTransfer(customerId, transferId, options).result());
            case "withdrawTransfer":
                return new Planned("withdrawTransfer(customerId, transferId, options)", c -> {
                    c.withdrawTransfer(customerId, transferId, options);
                    return null;
                });
            case "getTransferEligibility": {
                List<String> types = request.queryParameters().getOrDefault("transferType", List.of());
                if (types.size() != 1) {
                    throw new PlanException("getTransferEligibility takes one transferType; the request has "
                            + types);
                }
                String transferType = types.get(0);
                return new Planned("getTransferEligibility(customerId, transferType, options)",
                        c -> c.getTransferEligibility(customerId, transferType, options));
            }
            case "updateTransfer":
                return planUpdate(body, customerId, transferId, options);
            case "listWebhookEvents":
                return new Planned("webhooks().listEvents(options)", c -> c.webhooks().listEvents(options));
            case "createWebhookRegistration": {
                WebhookRegistrationRequest registration = read(body, WebhookRegistrationRequest.class,
                        "createWebhookRegistration");
                return new Planned("webhooks().createRegistration(registration, options)",
                        c -> c.webhooks().createRegistration(registration, options));
            }
            case "getWebhookRegistration":
                return new Planned("webhooks().getRegistration(options)", c -> c.webhooks().getRegistration(options));
            case "updateWebhookRegistration": {
                WebhookRegistrationRequest registration = read(body, WebhookRegistrationRequest.class,
                        "updateWebhookRegistration");
                return new Planned("webhooks().updateRegistration(registration, options)",
                        c -> c.webhooks().updateRegistration(registration, options));
            }
            case "createWebhookValidationEvent":
                return new Planned("webhooks().sendTestEvent(options)", c -> c.webhooks().sendTestEvent(options));
            case "getWebhookValidationEvent": {
                String correlationId = path.get("correlation-id");
                return new Planned("webhooks().getTestEvent(correlationId, options)",
                        c -> c.webhooks().getTestEvent(correlationId, options));
            }
            default:
                throw new PlanException("no facade method is mapped to operation " + operation.operationId());
        }
    }

    private static Planned planUpdate(String body, String customerId, String transferId, RequestOptions options)
            throws PlanException {
        JsonNode tree = tree(body, "updateTransfer");
        if (tree.has("lineItems")) {
            List<TransferSubmitLineItem> items = read(tree.get("lineItems").toString(),
                    TYPES.constructCollectionType(List.class, TransferSubmitLineItem.class),
                    "submitTransfer line items");
            return new Planned("submitTransfer(customerId, transferId, lineItems, options)",
                    c -> c.submitTransfer(customerId, transferId, items, options));
        }
        String status = tree.path("status").asText("");
        if (status.equalsIgnoreCase("reject")) {
            return new Planned("rejectTransfer(customerId, transferId, options)",
                    c -> c.rejectTransfer(customerId, transferId, options));
        }
        if (status.equalsIgnoreCase("cancel")) {
            TransferUpdateRequest details = read(body, TransferUpdateRequest.class, "cancelTransfer details");
            return new Planned("cancelTransfer(customerId, transferId, details, options)",
                    c -> c.cancelTransfer(customerId, transferId, details, options));
        }
        throw new PlanException("no facade method sends a PATCH with status \"" + status
                + "\" and no lineItems (known: reject, Cancel, or lineItems for a submit)");
    }

    /**
     * The model type the facade returns for an operation's 2xx body (empty for a withdraw).
     *
     * @param operationId the operation id
     * @return the model type the facade returns for an operation's 2xx body (empty for a withdraw)
     */
    public static Optional<JavaType> resultType(String operationId) {
        switch (operationId) {
            case "createTransfer":
            case "getTransfer":
            case "updateTransfer":
                return Optional.of(TYPES.constructType(TransferEntity.class));
            case "listTransfers":
                return Optional.of(TYPES.constructCollectionType(List.class, TransferEntity.class));
            case "acceptTransfer":
                return Optional.of(TYPES.constructType(TransferSubmitResult.class));
            case "getTransferEligibility":
                return Optional.of(TYPES.constructCollectionType(List.class, TransferEligibility.class));
            case "listWebhookEvents":
                return Optional.of(TYPES.constructCollectionType(List.class, String.class));
            case "createWebhookRegistration":
            case "getWebhookRegistration":
            case "updateWebhookRegistration":
                return Optional.of(TYPES.constructType(WebhookRegistration.class));
            case "createWebhookValidationEvent":
                return Optional.of(TYPES.constructType(WebhookValidationEventReference.class));
            case "getWebhookValidationEvent":
                return Optional.of(TYPES.constructType(WebhookValidationEventStatus.class));
            default:
                return Optional.empty();
        }
    }

    /**
     * The model of an error body: the throttling shape for 429, the Partner Center error otherwise.
     *
     * @param status the status
     * @return the model of an error body: the throttling shape for 429, the Partner Center error otherwise
     */
    public static JavaType errorType(int status) {
        return TYPES.constructType(status == 429 ? ThrottlingError.class : PartnerCenterError.class);
    }

    private static RequestOptions options(HttpExample request) throws PlanException {
        RequestOptions.Builder b = RequestOptions.builder();
        try {
            request.header(MS_REQUEST_ID).ifPresent(b::requestId);
            request.header(MS_CORRELATION_ID).ifPresent(b::correlationId);
            request.header(X_LOCALE).ifPresent(b::locale);
        } catch (IllegalArgumentException refused) {
            throw new PlanException("RequestOptions refuses a documented header value: " + refused.getMessage());
        }
        return b.build();
    }

    private static JsonNode tree(String body, String what) throws PlanException {
        if (body == null || body.isBlank()) {
            throw new PlanException(what + " needs a body; the request has none");
        }
        try {
            return STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PlanException(what + ": the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static <T> T read(String body, Class<T> type, String what) throws PlanException {
        return read(body, TYPES.constructType(type), what);
    }

    private static <T> T read(String body, JavaType type, String what) throws PlanException {
        tree(body, what);
        try {
            return STRICT.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new PlanException(what + ": the documented body does not fit " + type.getRawClass().getSimpleName()
                    + ", so the facade cannot send it: " + e.getOriginalMessage());
        }
    }
}
