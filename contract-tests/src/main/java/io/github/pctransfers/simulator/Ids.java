package io.github.pctransfers.simulator;

import java.util.regex.Pattern;

/** GUIDs as Partner Center writes them: 8-4-4-4-12 hex digits, any case, version and variant bits unchecked. */
final class Ids {
    private static final Pattern GUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    private Ids() {
    }

    static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }
}
