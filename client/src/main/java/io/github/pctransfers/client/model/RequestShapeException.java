package io.github.pctransfers.client.model;

import java.util.List;

/**
 * A request body that does not have the shape its operation documents (a create that is complete for neither or
 * both of its two shapes, a submit line item without its required properties), refused before anything is sent.
 * The message names what is missing.
 */
public final class RequestShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String shape;
    private final List<String> missing;

    RequestShapeException(String shape, List<String> missing, String message) {
        super(message + "; nothing was sent");
        this.shape = shape;
        this.missing = List.copyOf(missing);
    }

    /**
     * The shape the body was checked against, e.g. {@code legacy create}, or {@code create} when it fits neither.
     *
     * @return the shape the body was checked against, e.g. {@code legacy create}, or {@code create} when it fits
     *     neither
     */
    public String shape() {
        return shape;
    }

    /**
     * The missing or blank properties as JSON paths, e.g. {@code targetPartnerTenantId} or
     * {@code lineItems[1].subscriptionId}; empty when the body is complete for more than one shape.
     *
     * @return the missing or blank properties as JSON paths, e.g. {@code targetPartnerTenantId} or {@code
     *     lineItems[1].subscriptionId}; empty when the body is complete for more than one shape
     */
    public List<String> missing() {
        return missing;
    }
}
