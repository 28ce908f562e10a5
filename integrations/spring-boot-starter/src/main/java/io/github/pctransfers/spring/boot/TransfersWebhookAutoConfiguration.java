package io.github.pctransfers.spring.boot;

import io.github.pctransfers.client.observability.TransfersObserver;
import io.github.pctransfers.client.webhooks.WebhookReceiver;
import io.github.pctransfers.client.webhooks.WebhookTrust;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The webhook endpoint, when {@code partnercenter.transfers.webhooks.enabled=true} in a servlet web application:
 * {@code POST} at {@code partnercenter.transfers.webhooks.path}, handled by {@link TransfersWebhookEndpoint}. Its
 * {@link WebhookReceiver} trusts only Partner Center's certificates ({@link WebhookTrust#partnerCenter()}), unless
 * the application defines its own receiver (e.g. one that trusts the simulator's test certificate).
 */
@AutoConfiguration(after = TransfersAutoConfiguration.class)
@ConditionalOnClass({WebhookReceiver.class, RouterFunction.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = TransfersProperties.PREFIX, name = "webhooks.enabled", havingValue = "true")
public class TransfersWebhookAutoConfiguration {

    /**
     * The receiver: Partner Center's trust, the configured body limit, the client's observer (when there is one).
     *
     * @param properties the bound {@code partnercenter.transfers.*} properties
     * @param observer the application's {@link TransfersObserver}, when there is exactly one
     * @return the receiver the endpoint verifies deliveries with
     */
    @Bean
    @ConditionalOnMissingBean
    public WebhookReceiver transfersWebhookReceiver(TransfersProperties properties,
            ObjectProvider<TransfersObserver<?>> observer) {
        WebhookReceiver.Builder builder = WebhookReceiver.builder()
                .trust(WebhookTrust.partnerCenter())
                .maxBodyBytes(properties.getWebhooks().getMaxBodyBytes());
        observer.ifUnique(builder::observer);
        return builder.build();
    }

    /**
     * {@code POST {path}} to the endpoint.
     *
     * @param properties the bound properties ({@code webhooks.path})
     * @param receiver verifies each delivery
     * @param publisher publishes each verified event
     * @return the route of the webhook endpoint
     */
    @Bean
    public RouterFunction<ServerResponse> transfersWebhookRoute(TransfersProperties properties,
            WebhookReceiver receiver, ApplicationEventPublisher publisher) {
        TransfersWebhookEndpoint endpoint = new TransfersWebhookEndpoint(receiver, publisher);
        return RouterFunctions.route().POST(properties.getWebhooks().getPath(), endpoint::handle).build();
    }
}
