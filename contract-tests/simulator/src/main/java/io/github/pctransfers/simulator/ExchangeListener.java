package io.github.pctransfers.simulator;

/**
 * Told of every exchange, on the serving thread, before the response leaves: by the time a client has the answer,
 * its listener has seen it. Must be quick and thread-safe; an exception it throws is ignored.
 */
@FunctionalInterface
public interface ExchangeListener {
    /**
     * On exchange.
     *
     * @param exchange the exchange
     */
    void onExchange(Exchange exchange);
}
