package io.github.pctransfers.client.model;

import java.util.List;

/** The property checks that the create and submit shapes share. */
final class RequestChecks {
    private RequestChecks() {
    }

    /** An id that is set must be a GUID, as the spec's pattern says; an absent one is reported as missing instead. */
    static void guidIfSet(String parameter, String value) {
        if (value != null && !value.isBlank()) {
            TransferIds.requireGuid(parameter, value);
        }
    }

    /** Adds {@code path} to {@code missing} when the text is absent or blank. */
    static void requireText(List<String> missing, String path, String value) {
        if (value == null || value.isBlank()) {
            missing.add(path);
        }
    }

    /** Adds {@code path} to {@code missing} when the number-or-string value is absent or blank. */
    static void requireValue(List<String> missing, String path, NumberOrString value) {
        if (value == null || value.asString().isBlank()) {
            missing.add(path);
        }
    }
}
