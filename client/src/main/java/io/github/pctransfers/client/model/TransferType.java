package io.github.pctransfers.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Kind of a transfer. Documented as a string holding a number and sent as the number {@code 3} in the
 * new-commerce example; the docs disagree on the meaning (3 = new commerce on the create page, 3 = ModernAzure
 * and 5 = NewCommerce on the entity page), so no names are attached: the value is kept as received.
 */
public final class TransferType extends NumberOrString {

    private TransferType(Object raw) {
        super(normalise(raw));
    }

    /**
     * A transfer type from the wire: a JSON number or string.
     *
     * @param raw the raw
     * @return a transfer type from the wire: a JSON number or string
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransferType fromJson(Object raw) {
        return raw == null ? null : new TransferType(raw);
    }

    /**
     * A transfer type sent as a JSON number, as the documented new-commerce example does.
     *
     * @param value the value
     * @return a transfer type sent as a JSON number, as the documented new-commerce example does
     */
    public static TransferType of(long value) {
        return new TransferType(value);
    }

    /**
     * A transfer type sent as a JSON string.
     *
     * @param value the value
     * @return a transfer type sent as a JSON string
     */
    public static TransferType of(String value) {
        return new TransferType(value);
    }
}
