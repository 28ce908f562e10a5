package io.github.pctransfers.spring.boot;

import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import io.github.pctransfers.client.webhooks.WebhookReceipt;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookRejection;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Receives Partner Center's webhook deliveries: reads at most the receiver's limit of the body, verifies it with the
 * {@link WebhookReceiver} (signature over the exact bytes, certificate URL, chain and organisation), publishes each
 * accepted {@link ResourceChangeEvent} as an application event and answers 200; a rejected delivery is answered
 * with {@link #statusOf its status} and published to no one. Listeners run before the answer: one that throws makes
 * the answer a 500, so that Partner Center delivers the event again.
 */
public final class TransfersWebhookEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(TransfersWebhookEndpoint.class);
    private final WebhookReceiver receiver;
    private final ApplicationEventPublisher publisher;

    /**
     * @param receiver  verifies each delivery
     * @param publisher where accepted events go
     */
    public TransfersWebhookEndpoint(WebhookReceiver receiver, ApplicationEventPublisher publisher) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    /**
     * Handles one delivery: reads at most the receiver's limit (plus one byte, to tell a body over it), verifies it,
     * publishes the verified event and answers 200, or answers the rejection's status without publishing.
     *
     * @param request the delivery as received
     * @return 200, or the status of the rejection ({@link #statusOf})
     * @throws IOException when the request body cannot be read
     */
    public ServerResponse handle(ServerRequest request) throws IOException {
        HttpServletRequest servlet = request.servletRequest();
        byte[] body = readAtMost(servlet.getInputStream(), (int) Math.min(Integer.MAX_VALUE - 8L, receiver.maxBodyBytes() + 1L));
        WebhookReceipt receipt = receiver.receive(headers(servlet), body);
        if (!receipt.isAccepted()) {
            WebhookRejection rejection = receipt.rejection();
            LOG.warn("Rejected a Partner Center webhook delivery: {}", rejection.reason());
            return ServerResponse.status(statusOf(rejection.reason())).build();
        }
        publisher.publishEvent(receipt.event());
        return ServerResponse.ok().build();
    }

    /**
     * The answer to a rejected delivery: 413 for a body over the limit, 400 for a malformed request, 401 for one
     * that does not prove it comes from Partner Center, 503 when the certificate could not be fetched (Partner
     * Center may deliver again later).
     *
     * @param reason why the receiver rejected the delivery
     * @return the status to answer Partner Center with
     */
    public static HttpStatus statusOf(WebhookRejection.Reason reason) {
        switch (reason) {
            case BODY_TOO_LARGE:
                return HttpStatus.CONTENT_TOO_LARGE;
            case CERTIFICATE_UNAVAILABLE:
                return HttpStatus.SERVICE_UNAVAILABLE;
            case CERTIFICATE_URL_NOT_ALLOWED:
            case CERTIFICATE_NOT_TRUSTED:
            case WRONG_ORGANIZATION:
            case BAD_SIGNATURE:
                return HttpStatus.UNAUTHORIZED;
            default:
                return HttpStatus.BAD_REQUEST;
        }
    }

    /** Every header of the request, names as sent (the receiver compares them ignoring case). */
    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
        }
        return headers;
    }

    /** Up to {@code limit} bytes: a body longer than the receiver's limit is rejected without being read whole. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in.readNBytes(limit);
    }
}
