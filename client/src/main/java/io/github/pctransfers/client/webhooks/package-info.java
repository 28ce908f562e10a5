/**
 * Receiving Partner Center webhook deliveries, framework-neutral: {@link
 * io.github.pctransfers.client.webhooks.WebhookReceiver} verifies a delivery's signature over the raw body bytes
 * against a certificate fetched only from a pinned location ({@link io.github.pctransfers.client.webhooks.WebhookTrust})
 * and turns the body into a {@link io.github.pctransfers.client.webhooks.ResourceChangeEvent}, or says why not with
 * a typed {@link io.github.pctransfers.client.webhooks.WebhookRejection}. Registering for events is
 * {@code TransfersClient.webhooks()}; reading the transfer an event is about is {@code TransfersClient.getTransfer(ResourceChangeEvent)}.
 */
package io.github.pctransfers.client.webhooks;
