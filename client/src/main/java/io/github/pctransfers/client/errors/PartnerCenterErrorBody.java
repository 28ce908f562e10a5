package io.github.pctransfers.client.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The decoded error body: Partner Center's {@code {code, description, data, source}} or the throttling shape
 * {@code {statusCode, message}} (mapped to {@code code} and {@code description}). Any field may be null when the
 * body did not carry it.
 */
public final class PartnerCenterErrorBody {
    private final String code;
    private final String description;
    private final List<Object> data;
    private final String source;

    /**
     * Creates a {@code PartnerCenterErrorBody}.
     *
     * @param code the code
     * @param description the description
     * @param data the data
     * @param source the source
     */
    public PartnerCenterErrorBody(String code, String description, List<Object> data, String source) {
        this.code = code;
        this.description = description;
        // JSON nulls inside data are kept, so no List.copyOf (it refuses null elements).
        this.data = data == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(data));
        this.source = source;
    }

    /**
     * The error code as text (the wire sends a number or a string), e.g. {@code "900100"}.
     *
     * @return the error code as text (the wire sends a number or a string), e.g. {@code "900100"}
     */
    public String code() {
        return code;
    }

    /** {@return what went wrong, as the service words it} */
    public String description() {
        return description;
    }

    /**
     * Further details (strings in the documented examples); empty when none were sent.
     *
     * @return further details (strings in the documented examples); empty when none were sent
     */
    public List<Object> data() {
        return data;
    }

    /**
     * The answering component, e.g. {@code PartnerFD}.
     *
     * @return the answering component, e.g. {@code PartnerFD}
     */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "{code=" + code + ", description=" + description + ", source=" + source + "}";
    }
}
