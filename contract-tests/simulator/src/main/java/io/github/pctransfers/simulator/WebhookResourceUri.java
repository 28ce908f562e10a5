package io.github.pctransfers.simulator;

/**
 * The {@code ResourceUri} (and {@code ResourceName}) shape of the transfer events the simulator delivers. The events
 * page and real traffic differ; a receiver should handle both.
 */
public enum WebhookResourceUri {
    /**
     * What real {@code create-transfer} events carry (the default): {@code ResourceUri}
     * {@code https://api.partnercenter.microsoft.com/v1/customers/{customer-id}} (no transfer id: it is in the last
     * segment of {@code AuditUri}), {@code ResourceName} {@code Transfer}, and the {@code AuditUri} on the same host.
     */
    REAL,
    /**
     * What the events page promises: {@code ResourceUri} {@code {baseUrl}/webhooks/v1/customers/{customer-id}/transfers/{transfer-id}},
     * {@code ResourceName} {@code transfer}, with {@code {baseUrl}} the simulator's own (the {@code AuditUri} too).
     */
    DOCUMENTED;

    /**
     * The style named {@code text}, in any case ({@code real}, {@code documented}).
     *
     * @throws IllegalArgumentException when it names neither, saying what is accepted
     * @param text the text
     * @return the style named {@code text}, in any case ({@code real}, {@code documented})
     */
    public static WebhookResourceUri parse(String text) {
        for (WebhookResourceUri style : values()) {
            if (style.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return style;
            }
        }
        throw new IllegalArgumentException("a webhook ResourceUri style is \"real\" or \"documented\", got \"" + text
                + "\"");
    }
}
