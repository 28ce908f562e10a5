package io.github.pctransfers.apigate;

/** Java literals for the constant values of fields ({@code ConstantValue} attributes). */
final class Constants {

    private Constants() {
    }

    /**
     * The literal of {@code value} for a field of type {@code descriptor}. Class files store boolean, byte, char and
     * short constants as ints; the descriptor says which they were.
     */
    static String literal(String descriptor, Object value) {
        switch (descriptor) {
            case "Z":
                return ((Integer) value) != 0 ? "true" : "false";
            case "C":
                return "'" + escape(String.valueOf((char) ((Integer) value).intValue()), '\'') + "'";
            case "J":
                return value + "L";
            case "F":
                return value + "f";
            case "Ljava/lang/String;":
                return "\"" + escape((String) value, '"') + "\"";
            default:
                return String.valueOf(value);
        }
    }

    private static String escape(String text, char quote) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == quote || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c < 0x20 || c > 0x7e) {
                // One line per member, in plain ASCII, whatever the constant holds.
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
