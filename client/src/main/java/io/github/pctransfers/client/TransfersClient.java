package io.github.pctransfers.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.auth.TokenCredential;
import io.github.pctransfers.client.http.InProcessTransport;
import io.github.pctransfers.client.http.RetryPolicy;
import io.github.pctransfers.client.internal.checks.SecureUrls;
import io.github.pctransfers.client.internal.generated.invoker.ApiResponse;
import io.github.pctransfers.client.internal.observe.GuardedObserver;
import io.github.pctransfers.client.internal.transport.Attempt;
import io.github.pctransfers.client.internal.transport.CallExecutor;
import io.github.pctransfers.client.internal.transport.FeignTransport;
import io.github.pctransfers.client.model.TransferAcceptance;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferCreateRequests;
import io.github.pctransfers.client.model.TransferEligibility;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.model.TransferIds;
import io.github.pctransfers.client.model.TransferLineItem;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransferSubmitLineItem;
import io.github.pctransfers.client.model.TransferSubmitLineItems;
import io.github.pctransfers.client.model.TransferSubmitResult;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import io.github.pctransfers.client.model.TransfersJson;
import io.github.pctransfers.client.observability.CallStart;
import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.recording.HarRecorder;
import io.github.pctransfers.client.recording.TrafficRecorder;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.LoggerFactory;

/**
 * The Partner Center transfers API: one method per documented operation.
 *
 * <p>Immutable and thread-safe; build one per base URL and credential and share it. Every method validates its
 * ids before anything is sent, sends a fresh MS-RequestId (kept on every retry of that call) and MS-CorrelationId
 * unless {@link RequestOptions} fixes them, retries under the {@link RetryPolicy}, and throws only
 * {@link io.github.pctransfers.client.errors.TransfersException}s (or {@link IllegalArgumentException} for bad
 * arguments, and {@link IllegalStateException} once closed; neither sends anything). No Feign or Jackson exception
 * leaves it. The {@code …WithResponse} variants also return status and headers.
 */
public final class TransfersClient implements AutoCloseable {
    /** Partner Center, global (also Microsoft Cloud for US Government). */
    public static final String GLOBAL_BASE_URL = "https://api.partnercenter.microsoft.com";
    /** Partner Center operated by 21Vianet. */
    public static final String CHINA_21VIANET_BASE_URL = "https://partner.partnercenterapi.microsoftonline.cn";
    /** The documented literal a reject sends (responses say {@code Reject}). */
    static final String REJECT_LITERAL = "reject";
    /** The documented literal a new-commerce cancel sends. */
    static final String CANCEL_LITERAL = "Cancel";
    /** A transfer type goes into the query string: a plain token, so it cannot add or change parameters. */
    private static final Pattern TRANSFER_TYPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The SLF4J logger of the request and response lines (documented in the README: users configure it). */
    static final String WIRE_LOGGER_NAME = "io.github.pctransfers.client.http.wire";
    /** The SLF4J logger of retries and of the re-send after a 401 (documented in the README). */
    static final String RETRY_LOGGER_NAME = "io.github.pctransfers.client.http.retry";
    /** The path templates the observer is told (OpenTelemetry's {@code url.template}): no id in them. */
    private static final String CUSTOMER_TRANSFERS = "/v1/customers/{customer-id}/transfers";
    private static final String TRANSFER = CUSTOMER_TRANSFERS + "/{transfer-id}";
    private static final String ACCEPT = TRANSFER + "/accept";
    private static final String ELIGIBILITY = "/v1/customers/{customer-id}/transferseligibility";

    private final String baseUrl;
    private final String locale;
    private final String applicationName;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retryPolicy;
    private final FeignTransport transport;
    private final CallExecutor executor;
    /** Null when no observer is set: then no event is built. */
    private final GuardedObserver observer;
    private final String serverAddress;
    private final int serverPort;
    private final ObjectMapper objectMapper;
    /** The recorder the client created ({@link Builder#recordTo(Path)}) and so closes; null otherwise. */
    private final TrafficRecorder ownRecorder;
    private final Clock clock;
    private final Sleeper sleeper;
    /** The timer of async awaits given by a test, or null: the client then makes its own on first use. */
    private final ScheduledExecutorService givenAwaitScheduler;
    private final Object awaitThreadsLock = new Object();
    /** The client's own timer and poll threads, made on the first async await; guarded by awaitThreadsLock. */
    private AwaitThreads awaitThreads;
    /** Async awaits not finished yet, failed by {@link #close()} so that none waits forever. */
    private final Set<CompletableFuture<TransferOutcome>> pendingAwaits = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final WebhookRegistrations webhooks;

    private TransfersClient(Builder b) {
        this.baseUrl = b.baseUrl;
        this.locale = b.locale;
        this.applicationName = b.applicationName;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.retryPolicy = b.retryPolicy;
        this.objectMapper = TransfersJson.newObjectMapper();
        this.ownRecorder = b.recordTo == null ? null : HarRecorder.builder(b.recordTo).build();
        TrafficRecorder recorder = ownRecorder != null ? ownRecorder : b.recorder;
        this.transport = new FeignTransport(baseUrl, b.credential, applicationName, connectTimeout, readTimeout,
                objectMapper, b.clock, LoggerFactory.getLogger(WIRE_LOGGER_NAME), recorder, b.inProcessTransport);
        this.observer = GuardedObserver.of(b.observer);
        this.executor = new CallExecutor(retryPolicy, b.clock, b.sleeper::sleep, LoggerFactory.getLogger(RETRY_LOGGER_NAME),
                observer);
        URI base = URI.create(baseUrl);
        this.serverAddress = base.getHost();
        this.serverPort = base.getPort() >= 0 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.givenAwaitScheduler = b.awaitScheduler;
        this.webhooks = new WebhookRegistrations(this);
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the base URL the client calls, e.g. {@code https://api.partnercenter.microsoft.com}} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the retry policy every call follows} */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * A copy of the JSON mapping the client uses, e.g. to log or store the models it returns. A copy, so that
     * changing it cannot change how the client reads and writes.
     *
     * @return a copy of the client's JSON mapping
     */
    public ObjectMapper objectMapper() {
        return objectMapper.copy();
    }

    /**
     * Releases pooled connections and threads. Calls made afterwards are refused with an
     * {@link IllegalStateException}; closing twice does nothing. Closes the recorder that {@link Builder#recordTo}
     * created. A credential or a recorder passed in is the caller's to close. Async awaits still running end with
     * an {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            AwaitThreads threads;
            synchronized (awaitThreadsLock) {
                threads = awaitThreads;
                awaitThreads = null;
            }
            if (threads != null) {
                threads.shutdown();
            }
            for (CompletableFuture<TransferOutcome> pending : pendingAwaits) {
                pending.completeExceptionally(new IllegalStateException("the TransfersClient was closed while "
                        + "awaiting a transfer"));
            }
            transport.close();
            if (ownRecorder != null) {
                ownRecorder.close();
            }
        }
    }

    /** The transport, for the services of this client ({@link WebhookRegistrations}). */
    FeignTransport transport() {
        return transport;
    }

    /**
     * The partner's webhook registration: the events there are, the registered URL and events, test events. The
     * calls share this client's transport, token, retry policy and options.
     *
     * @return the partner's webhook registration: the events there are, the registered URL and events, test events
     */
    public WebhookRegistrations webhooks() {
        return webhooks;
    }

    /** Open connections in the pool (tests of {@link #close()}). */
    int pooledConnections() {
        return transport.pooledConnections();
    }

    @Override
    public String toString() {
        return "TransfersClient{baseUrl=" + baseUrl + ", locale=" + locale + ", applicationName=" + applicationName
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", retryPolicy="
                + retryPolicy + ", credential=REDACTED}";
    }

    // ---- create ----------------------------------------------------------------------------------------------

    /**
     * Creates a transfer (legacy with line items, or new commerce); 201 with the populated entity. The body must be
     * complete for exactly one of the two documented shapes (build it with {@link TransferCreateRequests}); an
     * incomplete one is refused with a {@link io.github.pctransfers.client.model.RequestShapeException} naming what
     * is missing, before anything is sent.
     *
     * @param customerId the customer's id (a GUID)
     * @param transfer what to create
     * @return the created transfer
     */
    public TransferEntity createTransfer(String customerId, TransferCreateRequest transfer) {
        return createTransfer(customerId, transfer, RequestOptions.none());
    }

    /**
     * As {@link #createTransfer(String, TransferCreateRequest)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transfer what to create
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the created transfer
     */
    public TransferEntity createTransfer(String customerId, TransferCreateRequest transfer, RequestOptions options) {
        return createTransferWithResponse(customerId, transfer, options).value();
    }

    /**
     * As {@link #createTransfer(String, TransferCreateRequest)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transfer what to create
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the created transfer
     */
    public Response<TransferEntity> createTransferWithResponse(String customerId, TransferCreateRequest transfer,
            RequestOptions options) {
        requireCustomer(customerId);
        TransferCreateRequests.requireComplete(transfer);
        CallIds ids = ids(options, customerId, null);
        return run("createTransfer", "POST", CUSTOMER_TRANSFERS, ids, options, true, a -> transport.api(a)
                .createTransferWithHttpInfo(customerId, transfer, ids.requestId, ids.correlationId, ids.locale,
                        applicationName));
    }

    // ---- read ------------------------------------------------------------------------------------------------

    /**
     * One transfer by id.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @return the transfer
     */
    public TransferEntity getTransfer(String customerId, String transferId) {
        return getTransfer(customerId, transferId, RequestOptions.none());
    }

    /**
     * As {@link #getTransfer(String, String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the transfer
     */
    public TransferEntity getTransfer(String customerId, String transferId, RequestOptions options) {
        return getTransferWithResponse(customerId, transferId, options).value();
    }

    /**
     * As {@link #getTransfer(String, String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the transfer
     */
    public Response<TransferEntity> getTransferWithResponse(String customerId, String transferId,
            RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        CallIds ids = ids(options, customerId, transferId);
        return run("getTransfer", "GET", TRANSFER, ids, options, true, a -> transport.api(a)
                .getTransferWithHttpInfo(customerId, transferId, ids.requestId, ids.correlationId, ids.locale,
                        applicationName));
    }

    /**
     * The transfer a webhook event is about, read now (the event says that it changed, not how).
     *
     * @throws IllegalArgumentException when the event names no customer and transfer (not a transfer event, or a
     *                                  transfer event whose ids could not be worked out); nothing is sent
     * @param event a verified webhook event
     * @return the transfer a webhook event is about, read now (the event says that it changed, not how)
     */
    public TransferEntity getTransfer(ResourceChangeEvent event) {
        return getTransfer(event, RequestOptions.none());
    }

    /**
     * {@link #getTransfer(ResourceChangeEvent)} with per-call options.
     *
     * @param event a verified webhook event
     * @param options per-call settings (ids, locale, timeouts)
     * @return what {@link #getTransfer(ResourceChangeEvent)} returns
     */
    public TransferEntity getTransfer(ResourceChangeEvent event, RequestOptions options) {
        Objects.requireNonNull(event, "event");
        if (!event.isTransferEvent() || event.customerId().isEmpty() || event.transferId().isEmpty()) {
            throw new IllegalArgumentException("The event " + event.eventName() + " (resource " + event.resourceName()
                    + ") names no " + (event.isTransferEvent() ? "transfer id" : "transfer: it is not a transfer event")
                    + "; nothing was sent");
        }
        return getTransfer(event.customerId().get(), event.transferId().get(), options);
    }

    /**
     * Every transfer of a customer (the API returns them all at once; there is no paging).
     *
     * @param customerId the customer's tenant id (a GUID)
     * @return every transfer of a customer (the API returns them all at once; there is no paging)
     */
    public List<TransferEntity> listTransfers(String customerId) {
        return listTransfers(customerId, RequestOptions.none());
    }

    /**
     * As {@link #listTransfers(String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the customer's transfers
     */
    public List<TransferEntity> listTransfers(String customerId, RequestOptions options) {
        return listTransfersWithResponse(customerId, options).value();
    }

    /**
     * As {@link #listTransfers(String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the customer's transfers
     */
    public Response<List<TransferEntity>> listTransfersWithResponse(String customerId, RequestOptions options) {
        requireCustomer(customerId);
        CallIds ids = ids(options, customerId, null);
        return run("listTransfers", "GET", CUSTOMER_TRANSFERS, ids, options, true, a -> transport.api(a)
                .listTransfersWithHttpInfo(customerId, ids.requestId, ids.correlationId, ids.locale, applicationName));
    }

    /**
     * Eligibility of each of the customer's subscriptions for a transfer type (documented: {@code directtoindirect}).
     *
     * @param customerId the customer's id (a GUID)
     * @param transferType the kind of transfer to check eligibility for, e.g. {@code directtoindirect}
     * @return the eligibility of each of the customer's subscriptions
     */
    public List<TransferEligibility> getTransferEligibility(String customerId, String transferType) {
        return getTransferEligibility(customerId, transferType, RequestOptions.none());
    }

    /**
     * As {@link #getTransferEligibility(String, String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferType the kind of transfer to check eligibility for, e.g. {@code directtoindirect}
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the eligibility of each of the customer's subscriptions
     */
    public List<TransferEligibility> getTransferEligibility(String customerId, String transferType,
            RequestOptions options) {
        return getTransferEligibilityWithResponse(customerId, transferType, options).value();
    }

    /**
     * As {@link #getTransferEligibility(String, String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferType the kind of transfer to check eligibility for, e.g. {@code directtoindirect}
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the eligibility of each of the customer's subscriptions
     */
    public Response<List<TransferEligibility>> getTransferEligibilityWithResponse(String customerId,
            String transferType, RequestOptions options) {
        requireCustomer(customerId);
        if (transferType == null || !TRANSFER_TYPE.matcher(transferType).matches()) {
            throw new IllegalArgumentException("transferType must be 1 to 64 letters, digits, '-' or '_' (e.g. "
                    + "\"directtoindirect\"), got " + HeaderValues.quoted(transferType) + "; nothing was sent");
        }
        CallIds ids = ids(options, customerId, null);
        return run("getTransferEligibility", "GET", ELIGIBILITY, ids, options, true, a -> transport.api(a)
                .getTransferEligibilityWithHttpInfo(customerId, transferType, ids.requestId, ids.correlationId,
                        ids.locale, applicationName));
    }

    // ---- legacy lifecycle ------------------------------------------------------------------------------------

    /**
     * Accepts a legacy transfer. A 2xx can still carry failed line items: check
     * {@link TransferAcceptance#hasFailures()}.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @return the orders made and the line items that failed
     */
    public TransferAcceptance acceptTransfer(String customerId, String transferId) {
        return acceptTransfer(customerId, transferId, RequestOptions.none());
    }

    /**
     * As {@link #acceptTransfer(String, String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the orders made and the line items that failed
     */
    public TransferAcceptance acceptTransfer(String customerId, String transferId, RequestOptions options) {
        return new TransferAcceptance(acceptTransferWithResponse(customerId, transferId, options).value());
    }

    /**
     * As {@link #acceptTransfer(String, String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the orders made and the line items that failed
     */
    public Response<TransferSubmitResult> acceptTransferWithResponse(String customerId, String transferId,
            RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        CallIds ids = ids(options, customerId, transferId);
        return run("acceptTransfer", "POST", ACCEPT, ids, options, true, a -> transport.api(a)
                .acceptTransferWithHttpInfo(customerId, transferId, ids.requestId, ids.correlationId, ids.locale,
                        applicationName));
    }

    /**
     * Rejects a legacy transfer: sends {@code {"id": transferId, "status": "reject"}}.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @return the rejected transfer
     */
    public TransferEntity rejectTransfer(String customerId, String transferId) {
        return rejectTransfer(customerId, transferId, RequestOptions.none());
    }

    /**
     * As {@link #rejectTransfer(String, String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the rejected transfer
     */
    public TransferEntity rejectTransfer(String customerId, String transferId, RequestOptions options) {
        return rejectTransferWithResponse(customerId, transferId, options).value();
    }

    /**
     * As {@link #rejectTransfer(String, String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the rejected transfer
     */
    public Response<TransferEntity> rejectTransferWithResponse(String customerId, String transferId,
            RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        TransferUpdateRequest body = TransferUpdateRequest.builder()
                .id(transferId)
                .status(TransferStatus.fromString(REJECT_LITERAL))
                .build();
        return update("rejectTransfer", customerId, transferId, body, options);
    }

    /**
     * Withdraws a legacy transfer (204). A later get answers 404 with code 900100.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     */
    public void withdrawTransfer(String customerId, String transferId) {
        withdrawTransfer(customerId, transferId, RequestOptions.none());
    }

    /**
     * As {@link #withdrawTransfer(String, String)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     */
    public void withdrawTransfer(String customerId, String transferId, RequestOptions options) {
        withdrawTransferWithResponse(customerId, transferId, options);
    }

    /**
     * As {@link #withdrawTransfer(String, String)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response, no body (204)
     */
    public Response<Void> withdrawTransferWithResponse(String customerId, String transferId, RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        CallIds ids = ids(options, customerId, transferId);
        return run("withdrawTransfer", "DELETE", TRANSFER, ids, options, false, a -> transport.api(a)
                .withdrawTransferWithHttpInfo(customerId, transferId, ids.requestId, ids.correlationId, ids.locale,
                        applicationName));
    }

    // ---- new commerce ----------------------------------------------------------------------------------------

    /**
     * Cancels a pending new-commerce transfer (target partner only). {@code details} may carry the partner tenant
     * ids and customer name, as the documented request does; {@code id} and {@code status: "Cancel"} are set here.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param details what else the update sends, or null
     * @return the canceled transfer
     */
    public TransferEntity cancelTransfer(String customerId, String transferId, TransferUpdateRequest details) {
        return cancelTransfer(customerId, transferId, details, RequestOptions.none());
    }

    /**
     * As {@link #cancelTransfer(String, String, TransferUpdateRequest)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param details what else the update sends, or null
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the canceled transfer
     */
    public TransferEntity cancelTransfer(String customerId, String transferId, TransferUpdateRequest details,
            RequestOptions options) {
        return cancelTransferWithResponse(customerId, transferId, details, options).value();
    }

    /**
     * As {@link #cancelTransfer(String, String, TransferUpdateRequest)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param details what else the update sends, or null
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the canceled transfer
     */
    public Response<TransferEntity> cancelTransferWithResponse(String customerId, String transferId,
            TransferUpdateRequest details, RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        TransferUpdateRequest.Builder body = TransferUpdateRequest.builder()
                .id(transferId)
                .status(TransferStatus.fromString(CANCEL_LITERAL));
        if (details != null) {
            body.sourcePartnerTenantId(details.getSourcePartnerTenantId())
                    .targetPartnerTenantId(details.getTargetPartnerTenantId())
                    .customerName(details.getCustomerName());
        }
        return update("cancelTransfer", customerId, transferId, body.build(), options);
    }

    /**
     * Submits the line items of a new-commerce transfer (source partner). Each item needs {@code subscriptionId}
     * and {@code productType} (see {@link TransferSubmitLineItems}); an incomplete one is refused before anything
     * is sent. The docs show no status value for this step, so none is sent.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param lineItems the line items to submit
     * @return the transfer with its submitted line items
     */
    public TransferEntity submitTransfer(String customerId, String transferId,
            List<TransferSubmitLineItem> lineItems) {
        return submitTransfer(customerId, transferId, lineItems, RequestOptions.none());
    }

    /**
     * As {@link #submitTransfer(String, String, List)}, with per-call settings.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param lineItems the line items to submit
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the transfer with its submitted line items
     */
    public TransferEntity submitTransfer(String customerId, String transferId,
            List<TransferSubmitLineItem> lineItems, RequestOptions options) {
        return submitTransferWithResponse(customerId, transferId, lineItems, options).value();
    }

    /**
     * As {@link #submitTransfer(String, String, List)}, with per-call settings, returning the whole
     * answer: status, headers, MS-RequestId and the decoded body.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param lineItems the line items to submit
     * @param options the per-call settings (timeouts, MS-CorrelationId, locale)
     * @return the response; its value is the transfer with its submitted line items
     */
    public Response<TransferEntity> submitTransferWithResponse(String customerId, String transferId,
            List<TransferSubmitLineItem> lineItems, RequestOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        TransferSubmitLineItems.requireComplete(lineItems);
        TransferUpdateRequest body = TransferUpdateRequest.builder().id(transferId).lineItems(lineItems).build();
        return update("submitTransfer", customerId, transferId, body, options);
    }

    // ---- waiting -----------------------------------------------------------------------------------------------

    /**
     * {@link #awaitTransfer(String, String, AwaitOptions)} with {@link AwaitOptions#defaults()}.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @return how the wait ended: the transfer settled, or the outcome the options asked to stop at
     */
    public TransferOutcome awaitTransfer(String customerId, String transferId) {
        return awaitTransfer(customerId, transferId, AwaitOptions.defaults());
    }

    /**
     * Polls {@link #getTransfer} on this thread until the transfer reaches a terminal status
     * ({@link TransferOutcome#isTerminal}) and returns it with the line items that failed. Waits between polls grow
     * from {@code options}' initial interval by its multiplier up to its maximum; a 429 is waited out for its
     * Retry-After and polling goes on; no wait between polls goes past the timeout (a poll under way keeps the
     * client's timeouts and retry policy).
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options how often to poll and how long to wait
     * @return how the wait ended: the transfer settled, or the outcome the options asked to stop at
     * @throws io.github.pctransfers.client.errors.TransferAwaitTimeoutException at the timeout, with the last
     *     state seen
     * @throws io.github.pctransfers.client.errors.TransferAwaitInterruptedException when the thread is
     *     interrupted; its interrupt status is set again
     * @throws io.github.pctransfers.client.errors.TransfersException when a poll fails otherwise (e.g.
     *     {@code NotFoundException} for a withdrawn legacy transfer), after the client's retries
     */
    public TransferOutcome awaitTransfer(String customerId, String transferId, AwaitOptions options) {
        return blockingAwait(customerId, transferId, options).await();
    }

    /**
     * The transfer's states as it moves, polled as {@link #awaitTransfer} polls: the first state seen, then each
     * one that differs (status or a line item's status), ending with the terminal one. Lazy and blocking: each
     * element is polled for when the stream asks for it, on that thread. A timeout or an interrupt is thrown by the
     * stream operation that pulled past it. Sequential; no resources to close.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options how often to poll and how long to wait
     * @return the states, one per change, ending with the settled transfer
     */
    public Stream<TransferEntity> watchTransfer(String customerId, String transferId, AwaitOptions options) {
        TransferPoller.Blocking states = blockingAwait(customerId, transferId, options);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(states,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * {@link #awaitTransferAsync(String, String, AwaitOptions, Consumer)} without a listener.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options how often to poll and how long to wait
     * @return the outcome, when the wait ends
     */
    public CompletableFuture<TransferOutcome> awaitTransferAsync(String customerId, String transferId,
            AwaitOptions options) {
        return awaitTransferAsync(customerId, transferId, options, null);
    }

    /**
     * {@link #awaitTransfer} without blocking: returns at once, and the future completes with the outcome, or
     * exceptionally with what {@code awaitTransfer} would throw. The polls run on a small pool of the client's,
     * started by a timer of the client's: no thread is held between polls, however many transfers are awaited.
     * {@code future.cancel(…)} stops the polling (a poll already under way finishes and is ignored).
     * {@link #close()} ends the awaits still running with an {@link IllegalStateException}.
     *
     * @param customerId the customer's id (a GUID)
     * @param transferId the transfer's id (a GUID)
     * @param options how often to poll and how long to wait
     * @param onChange told of the first state seen and of each change, on a poll thread; may be null. If it
     *     throws, the future completes with that exception.
     * @return the outcome, when the wait ends; completed exceptionally with what {@code awaitTransfer} would throw
     */
    public CompletableFuture<TransferOutcome> awaitTransferAsync(String customerId, String transferId,
            AwaitOptions options, Consumer<TransferEntity> onChange) {
        requireCustomerAndTransfer(customerId, transferId);
        Objects.requireNonNull(options, "options");
        requireOpen();
        ScheduledExecutorService timer;
        Executor calls;
        if (givenAwaitScheduler != null) {
            timer = givenAwaitScheduler;
            calls = Runnable::run;
        } else {
            AwaitThreads threads = awaitThreads();
            timer = threads.timer;
            calls = threads.polls;
        }
        TransferPoller state = new TransferPoller(transferId, options, clock,
                () -> getTransfer(customerId, transferId));
        TransferPoller.Async async = new TransferPoller.Async(state, timer, calls, onChange);
        CompletableFuture<TransferOutcome> result = async.result;
        pendingAwaits.add(result);
        result.whenComplete((r, e) -> pendingAwaits.remove(result));
        if (closed.get()) {
            result.completeExceptionally(new IllegalStateException("this TransfersClient is closed; nothing was sent"));
        }
        return async.start();
    }

    private TransferPoller.Blocking blockingAwait(String customerId, String transferId, AwaitOptions options) {
        requireCustomerAndTransfer(customerId, transferId);
        Objects.requireNonNull(options, "options");
        requireOpen();
        TransferPoller state = new TransferPoller(transferId, options, clock,
                () -> getTransfer(customerId, transferId));
        return new TransferPoller.Blocking(state, sleeper);
    }

    private AwaitThreads awaitThreads() {
        synchronized (awaitThreadsLock) {
            requireOpen();
            if (awaitThreads == null) {
                awaitThreads = new AwaitThreads();
            }
            return awaitThreads;
        }
    }

    /**
     * The client's threads for async awaits, made on first use: one timer thread that only starts polls, and up
     * to {@link #POLL_THREADS} threads that make them (idle ones end after a minute). Daemon threads, ended by
     * {@link #close()}.
     */
    private static final class AwaitThreads {
        static final int POLL_THREADS = 4;
        final ScheduledThreadPoolExecutor timer;
        final ExecutorService polls;

        AwaitThreads() {
            timer = new ScheduledThreadPoolExecutor(1, daemonThreads("pc-transfers-await-timer-"));
            timer.setRemoveOnCancelPolicy(true);
            ThreadPoolExecutor pool = new ThreadPoolExecutor(POLL_THREADS, POLL_THREADS, 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), daemonThreads("pc-transfers-await-poll-"));
            pool.allowCoreThreadTimeOut(true);
            polls = pool;
        }

        void shutdown() {
            timer.shutdownNow();
            polls.shutdownNow();
        }

        private static ThreadFactory daemonThreads(String prefix) {
            AtomicInteger count = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    private Response<TransferEntity> update(String operation, String customerId, String transferId,
            TransferUpdateRequest body, RequestOptions options) {
        CallIds ids = ids(options, customerId, transferId);
        return run(operation, "PATCH", TRANSFER, ids, options, true, a -> transport.api(a)
                .updateTransferWithHttpInfo(customerId, transferId, body, ids.requestId, ids.correlationId, ids.locale,
                        applicationName));
    }

    /**
     * Runs one call. {@code attempt} sends it once: it gets the {@link Attempt} it is (timeouts, token refresh)
     * and must call the generated interface through {@code transport.api(attempt)}, so that the attempt reaches
     * the wire.
     */
    <T> Response<T> run(String operation, String method, String pathTemplate, CallIds ids,
            RequestOptions options, boolean bodyExpected, Function<Attempt, ApiResponse<T>> attempt) {
        requireOpen();
        RequestOptions o = options == null ? RequestOptions.none() : options;
        CallStart start = observer == null ? null : new CallStart(operation, method, pathTemplate, serverAddress,
                serverPort, ids.requestId, ids.correlationId, ids.customerId, ids.transferId);
        CallExecutor.Call call = new CallExecutor.Call(operation, method, ids.requestId,
                o.connectTimeout() != null ? o.connectTimeout() : connectTimeout,
                o.readTimeout() != null ? o.readTimeout() : readTimeout, bodyExpected, start);
        CallExecutor.Completed<T> done = executor.execute(call, attempt);
        return new Response<>(done.response.getStatusCode(), done.response.getHeaders(), done.response.getData(),
                ids.requestId, ids.correlationId, done.attempts);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this TransfersClient is closed; nothing was sent");
        }
    }

    CallIds ids(RequestOptions options) {
        return ids(options, null, null);
    }

    CallIds ids(RequestOptions options, String customerId, String transferId) {
        RequestOptions o = options == null ? RequestOptions.none() : options;
        String requestId = o.requestId() != null ? o.requestId() : UUID.randomUUID().toString();
        String correlationId = o.correlationId();
        if (correlationId == null && observer != null) {
            correlationId = observer.correlationId();
        }
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        String callLocale = o.locale() != null ? o.locale() : locale;
        return new CallIds(requestId, correlationId, callLocale, customerId, transferId);
    }

    private static void requireCustomer(String customerId) {
        TransferIds.requireGuid("customerId", customerId);
    }

    private static void requireCustomerAndTransfer(String customerId, String transferId) {
        TransferIds.requireGuid("customerId", customerId);
        TransferIds.requireGuid("transferId", transferId);
    }

    /** The ids of one logical call, fixed before its first attempt. */
    static final class CallIds {
        final String requestId;
        final String correlationId;
        final String locale;
        /** The ids the call is about, for the observer's {@link CallStart}; transferId null when none. */
        final String customerId;
        final String transferId;

        CallIds(String requestId, String correlationId, String locale, String customerId, String transferId) {
            this.requestId = requestId;
            this.correlationId = correlationId;
            this.locale = locale;
            this.customerId = customerId;
            this.transferId = transferId;
        }
    }

    /** Builds a {@link TransfersClient}. Only a credential is required. */
    public static final class Builder {
        private String baseUrl = GLOBAL_BASE_URL;
        private TokenCredential credential;
        private String locale;
        private String applicationName;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Path recordTo;
        private TrafficRecorder recorder;
        private ScheduledExecutorService awaitScheduler;
        private InProcessTransport inProcessTransport;
        private TransfersObserver<?> observer;

        private Builder() {
        }

        /**
         * The API root, without {@code /v1}: {@link #GLOBAL_BASE_URL} (the default) or
         * {@link #CHINA_21VIANET_BASE_URL}. Plain http is refused except to a loopback address (tests, simulator).
         *
         * @param baseUrl the API root, without {@code /v1}: {@link #GLOBAL_BASE_URL} (the default) or {@link
         *     #CHINA_21VIANET_BASE_URL}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = checkBaseUrl(baseUrl);
            return this;
        }

        /**
         * A caller-managed token, asked for on every attempt (so the supplier may refresh it).
         *
         * @param tokenSupplier the token supplier
         * @return this builder
         */
        public Builder accessToken(Supplier<String> tokenSupplier) {
            this.credential = new SuppliedTokenCredential(tokenSupplier);
            return this;
        }

        /**
         * Any credential, e.g. {@link io.github.pctransfers.client.auth.ClientSecretCredential}.
         *
         * @param credential the credential
         * @return this builder
         */
        public Builder credential(TokenCredential credential) {
            this.credential = Objects.requireNonNull(credential, "credential");
            return this;
        }

        /**
         * X-Locale sent on every call unless a call overrides it; none by default (the service uses en-US).
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(String locale) {
            this.locale = HeaderValues.requireToken("locale", locale);
            return this;
        }

        /**
         * MS-PartnerCenter-Application: the name of the calling application; also prefixed to the User-Agent.
         *
         * @param applicationName the application name
         * @return this builder
         */
        public Builder applicationName(String applicationName) {
            this.applicationName = HeaderValues.requireToken("applicationName", applicationName);
            return this;
        }

        /**
         * Connect timeout of each attempt (default 10 s).
         *
         * @param connectTimeout the connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = RequestOptions.Builder.positive("connectTimeout", connectTimeout);
            return this;
        }

        /**
         * Read timeout of each attempt (default 60 s).
         *
         * @param readTimeout the read timeout
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = RequestOptions.Builder.positive("readTimeout", readTimeout);
            return this;
        }

        /**
         * How to retry (default {@link RetryPolicy#defaults()}).
         *
         * @param retryPolicy the retry policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Records every attempt and its response, redacted, to an HTTP Archive that {@code transfers-conformance
         * check --har} reads: a {@link HarRecorder} with its defaults, created by {@link #build()} and closed by
         * {@link TransfersClient#close()}. For other limits, build a {@link HarRecorder} and pass it to
         * {@link #trafficRecorder}. Off by default; excludes {@link #trafficRecorder}.
         *
         * @param harFile the har file
         * @return this builder
         */
        public Builder recordTo(Path harFile) {
            this.recordTo = Objects.requireNonNull(harFile, "harFile");
            return this;
        }

        /**
         * Hands every attempt and its response, redacted, to {@code recorder}, e.g. a {@link HarRecorder} built
         * with other limits. The caller closes it, after the client. Off by default; excludes {@link #recordTo}.
         *
         * @param recorder the recorder
         * @return this builder
         */
        public Builder trafficRecorder(TrafficRecorder recorder) {
            this.recorder = Objects.requireNonNull(recorder, "recorder");
            return this;
        }

        /**
         * The client's time, a test aid (default {@link Clock#systemUTC()}): what {@code Retry-After} dates are
         * read against, the start of the retry budget, and the deadline of {@code awaitTransfer}/{@code
         * watchTransfer}/{@code awaitTransferAsync}. Give it the same virtual clock as {@link #sleeper(Sleeper)} (and
         * as the simulator), e.g. {@code .clock(simulatorClock).sleeper(simulatorClock.sleeper())}, and waits of
         * minutes run in no real time. Tokens keep their own clock ({@code ClientSecretCredential.Builder.clock}).
         *
         * @param clock the clock
         * @return the client's time, a test aid (default {@link Clock#systemUTC()}): what {@code Retry-After} dates are read against, the start of the retry budget, and the deadline of {@code awaitTransfer}/{@code watchTransfer}/{@code awaitTransferAsync}
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How the client waits, a test aid (default {@link Sleeper#system()}): the backoff and {@code Retry-After}
         * waits between attempts, and the waits between the polls of {@code awaitTransfer}/{@code watchTransfer}.
         * A sleeper that moves the virtual clock given to {@link #clock(Clock)} makes those waits instant.
         *
         * @param sleeper the sleeper
         * @return how the client waits, a test aid (default {@link Sleeper#system()}): the backoff and {@code Retry-After} waits between attempts, and the waits between the polls of {@code awaitTransfer}/{@code watchTransfer}
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /**
         * The timer of {@link TransfersClient#awaitTransferAsync}, which then also runs its polls (the client starts
         * no threads of its own for it); default: the client's own daemon timer and poll pool. The caller owns it:
         * {@link TransfersClient#close()} does not shut it down. A test aid too: a scheduler that runs its tasks on a
         * virtual clock makes an async await run in no real time.
         *
         * @param awaitScheduler the timer (the caller owns it)
         * @return the timer of {@link TransfersClient#awaitTransferAsync}, which then also runs its polls (the client starts no threads of its own for it); default: the client's own daemon timer and poll pool
         */
        public Builder awaitScheduler(ScheduledExecutorService awaitScheduler) {
            this.awaitScheduler = Objects.requireNonNull(awaitScheduler, "awaitScheduler");
            return this;
        }

        /**
         * <b>Advanced and unstable</b>: answers every exchange in this JVM instead of the network (see
         * {@link InProcessTransport}; it sees the bearer token). For in-process test doubles such as the conformance
         * kit's replay. Off by default.
         *
         * @param transport the in-process transport
         * @return <b>Advanced and unstable</b>: answers every exchange in this JVM instead of the network (see {@link InProcessTransport}; it sees the bearer token)
         */
        public Builder inProcessTransport(InProcessTransport transport) {
            this.inProcessTransport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /**
         * Tells {@code observer} of every call, attempt, retry, throttle and token refresh, e.g. the Micrometer
         * observer of {@code pc-transfers-micrometer} (meters and spans). None by default, and then the client
         * builds no event. What the observer throws is caught and logged once; it never breaks a call. Its
         * {@link TransfersObserver#correlationId()} supplies the MS-CorrelationId of calls that set none.
         *
         * @param observer the observer
         * @return this builder
         */
        public Builder observer(TransfersObserver<?> observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException without a credential, or with both {@link #recordTo} and
         *         {@link #trafficRecorder}
         * @return the client
         */
        public TransfersClient build() {
            if (credential == null) {
                throw new IllegalStateException("a credential is required: call accessToken(...) or credential(...)");
            }
            if (recordTo != null && recorder != null) {
                throw new IllegalStateException("recordTo(...) and trafficRecorder(...) exclude each other: the "
                        + "client records to one place");
            }
            return new TransfersClient(this);
        }

        static String checkBaseUrl(String baseUrl) {
            return SecureUrls.requireSecureBase("baseUrl", baseUrl);
        }
    }
}
