package io.github.pctransfers.client;

import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.model.WebhookRegistration;
import io.github.pctransfers.client.model.WebhookRegistrationRequest;
import io.github.pctransfers.client.model.WebhookRegistrationRequests;
import io.github.pctransfers.client.model.WebhookValidationEventReference;
import io.github.pctransfers.client.model.WebhookValidationEventStatus;
import java.util.List;
import java.util.Objects;

/**
 * The partner's webhook registration ({@code /webhooks/v1/registration}): which events exist, the URL and events
 * registered, and test events. Reached through {@link TransfersClient#webhooks()}; the calls go through the same
 * transport as the transfer calls (same token, retry policy, typed errors, MS-RequestId on every attempt, wire log
 * and recording). Receiving the events is {@link io.github.pctransfers.client.webhooks.WebhookReceiver}.
 *
 * <p>A partner has one registration: {@link #createRegistration} when there is none (Partner Center refuses a second
 * POST with 409), {@link #updateRegistration} to replace it. No delete is documented. Test events are limited to 2
 * a minute; more are throttled with 429 ({@link io.github.pctransfers.client.errors.RateLimitException}).
 */
public final class WebhookRegistrations {
    /** The path templates the observer is told: no id in them. */
    private static final String REGISTRATION = "/webhooks/v1/registration";
    private static final String EVENTS = REGISTRATION + "/events";
    private static final String VALIDATION_EVENTS = REGISTRATION + "/validationEvents";
    private static final String VALIDATION_EVENT = VALIDATION_EVENTS + "/{correlation-id}";
    private final TransfersClient client;

    WebhookRegistrations(TransfersClient client) {
        this.client = client;
    }

    /**
     * The names of every event a registration may name ({@code create-transfer}, {@code test-created}, ...).
     *
     * @return the names of every event a registration may name ({@code create-transfer}, {@code test-created}, ...)
     */
    public List<String> listEvents() {
        return listEvents(RequestOptions.none());
    }

    /**
     * {@link #listEvents()} with per-call options.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #listEvents()} returns
     */
    public List<String> listEvents(RequestOptions options) {
        return listEventsWithResponse(options).value();
    }

    /**
     * {@link #listEvents()} with the HTTP details.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #listEvents()} returns, with the status and headers of the response
     */
    public Response<List<String>> listEventsWithResponse(RequestOptions options) {
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("listWebhookEvents", "GET", EVENTS, ids, options, true, a -> client.transport().webhooksApi(a)
                .listWebhookEventsWithHttpInfo(ids.requestId, ids.correlationId));
    }

    /**
     * Registers the callback URL and its events (build the request with {@link WebhookRegistrationRequests}).
     *
     * @throws io.github.pctransfers.client.errors.ConflictException when a registration exists: update it instead
     * @param registration the registration to send
     * @return registers the callback URL and its events (build the request with {@link WebhookRegistrationRequests})
     */
    public WebhookRegistration createRegistration(WebhookRegistrationRequest registration) {
        return createRegistration(registration, RequestOptions.none());
    }

    /**
     * {@link #createRegistration(WebhookRegistrationRequest)} with per-call options.
     *
     * @param registration the registration to send
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #createRegistration(WebhookRegistrationRequest)} returns
     */
    public WebhookRegistration createRegistration(WebhookRegistrationRequest registration, RequestOptions options) {
        return createRegistrationWithResponse(registration, options).value();
    }

    /**
     * {@link #createRegistration(WebhookRegistrationRequest)} with the HTTP details.
     *
     * @param registration the registration to send
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #createRegistration(WebhookRegistrationRequest)} returns, with the status and headers of the response
     */
    public Response<WebhookRegistration> createRegistrationWithResponse(WebhookRegistrationRequest registration,
            RequestOptions options) {
        requireComplete(registration);
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("createWebhookRegistration", "POST", REGISTRATION, ids, options, true, a -> client.transport()
                .webhooksApi(a).createWebhookRegistrationWithHttpInfo(registration, ids.requestId, ids.correlationId));
    }

    /**
     * The partner's registration.
     *
     * @throws io.github.pctransfers.client.errors.NotFoundException when there is none
     * @return the partner's registration
     */
    public WebhookRegistration getRegistration() {
        return getRegistration(RequestOptions.none());
    }

    /**
     * {@link #getRegistration()} with per-call options.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #getRegistration()} returns
     */
    public WebhookRegistration getRegistration(RequestOptions options) {
        return getRegistrationWithResponse(options).value();
    }

    /**
     * {@link #getRegistration()} with the HTTP details.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #getRegistration()} returns, with the status and headers of the response
     */
    public Response<WebhookRegistration> getRegistrationWithResponse(RequestOptions options) {
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("getWebhookRegistration", "GET", REGISTRATION, ids, options, true, a -> client.transport().webhooksApi(a)
                .getWebhookRegistrationWithHttpInfo(ids.requestId, ids.correlationId));
    }

    /**
     * Replaces the registration's URL and events; answers the registration as it now is.
     *
     * @param registration the registration to send
     * @return replaces the registration's URL and events; answers the registration as it now is
     */
    public WebhookRegistration updateRegistration(WebhookRegistrationRequest registration) {
        return updateRegistration(registration, RequestOptions.none());
    }

    /**
     * {@link #updateRegistration(WebhookRegistrationRequest)} with per-call options.
     *
     * @param registration the registration to send
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #updateRegistration(WebhookRegistrationRequest)} returns
     */
    public WebhookRegistration updateRegistration(WebhookRegistrationRequest registration, RequestOptions options) {
        return updateRegistrationWithResponse(registration, options).value();
    }

    /**
     * {@link #updateRegistration(WebhookRegistrationRequest)} with the HTTP details.
     *
     * @param registration the registration to send
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #updateRegistration(WebhookRegistrationRequest)} returns, with the status and headers of the response
     */
    public Response<WebhookRegistration> updateRegistrationWithResponse(WebhookRegistrationRequest registration,
            RequestOptions options) {
        requireComplete(registration);
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("updateWebhookRegistration", "PUT", REGISTRATION, ids, options, true, a -> client.transport()
                .webhooksApi(a).updateWebhookRegistrationWithHttpInfo(registration, ids.requestId, ids.correlationId));
    }

    /**
     * Asks Partner Center to deliver a {@code test-created} event to the registered URL; answers the correlation
     * id to follow its delivery with {@link #getTestEvent(String)}.
     *
     * @return asks Partner Center to deliver a {@code test-created} event to the registered URL; answers the correlation id to follow its delivery with {@link #getTestEvent(String)}
     */
    public WebhookValidationEventReference sendTestEvent() {
        return sendTestEvent(RequestOptions.none());
    }

    /**
     * {@link #sendTestEvent()} with per-call options.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #sendTestEvent()} returns
     */
    public WebhookValidationEventReference sendTestEvent(RequestOptions options) {
        return sendTestEventWithResponse(options).value();
    }

    /**
     * {@link #sendTestEvent()} with the HTTP details.
     *
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #sendTestEvent()} returns, with the status and headers of the response
     */
    public Response<WebhookValidationEventReference> sendTestEventWithResponse(RequestOptions options) {
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("createWebhookValidationEvent", "POST", VALIDATION_EVENTS, ids, options, true, a -> client.transport()
                .webhooksApi(a).createWebhookValidationEventWithHttpInfo(ids.requestId, ids.correlationId));
    }

    /**
     * A test event and its delivery attempts so far (kept 7 days).
     *
     * @param correlationId what {@link #sendTestEvent()} answered (a GUID)
     * @throws io.github.pctransfers.client.model.TransferIds.InvalidIdException when it is not a GUID; nothing is sent
     * @return A test event and its delivery attempts so far (kept 7 days)
     */
    public WebhookValidationEventStatus getTestEvent(String correlationId) {
        return getTestEvent(correlationId, RequestOptions.none());
    }

    /**
     * {@link #getTestEvent(String)} with per-call options.
     *
     * @param correlationId the test event's correlation id
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #getTestEvent(String)} returns
     */
    public WebhookValidationEventStatus getTestEvent(String correlationId, RequestOptions options) {
        return getTestEventWithResponse(correlationId, options).value();
    }

    /**
     * {@link #getTestEvent(String)} with the HTTP details.
     *
     * @param correlationId the test event's correlation id
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #getTestEvent(String)} returns, with the status and headers of the response
     */
    public Response<WebhookValidationEventStatus> getTestEventWithResponse(String correlationId,
            RequestOptions options) {
        TransferIds.requireGuid("correlationId", correlationId);
        TransfersClient.CallIds ids = client.ids(options);
        return client.run("getWebhookValidationEvent", "GET", VALIDATION_EVENT, ids, options, true, a -> client.transport()
                .webhooksApi(a).getWebhookValidationEventWithHttpInfo(correlationId, ids.requestId, ids.correlationId));
    }

    private static void requireComplete(WebhookRegistrationRequest registration) {
        Objects.requireNonNull(registration, "registration");
        if (registration.getWebhookUrl() == null || registration.getWebhookEvents() == null
                || registration.getWebhookEvents().isEmpty()) {
            throw new IllegalArgumentException("A registration needs webhookUrl and at least one event (build it with "
                    + "WebhookRegistrationRequests.builder()); nothing was sent");
        }
    }

    @Override
    public String toString() {
        return "WebhookRegistrations{baseUrl=" + client.baseUrl() + "}";
    }
}
