package com.example.transfers;

import io.github.pctransfers.client.TransfersClient;
import io.github.pctransfers.client.model.TransferEntity;
import io.github.pctransfers.client.webhooks.ResourceChangeEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each verified Partner Center webhook delivery, published by the starter's endpoint: a transfer event is followed
 * by reading the transfer it names.
 */
@Component
class TransferEvents {
    private static final Logger LOG = LoggerFactory.getLogger(TransferEvents.class);
    private final TransfersClient client;

    TransferEvents(TransfersClient client) {
        this.client = client;
    }

    @EventListener
    void onResourceChange(ResourceChangeEvent event) {
        if (!event.isTransferEvent()) {
            return;
        }
        TransferEntity transfer = client.getTransfer(event);
        LOG.info("{}: transfer {} is {}", event.eventName(), transfer.getId(), transfer.getStatus());
    }
}
