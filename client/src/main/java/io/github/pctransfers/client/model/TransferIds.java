package io.github.pctransfers.client.model;


/**
 * Checks customer and transfer ids before anything is sent. Ids go into the URL path, so anything but a GUID
 * ({@code ../x}, {@code a/b}, {@code ?}, {@code #}, {@code %2F}, blanks) could reach another resource. Any letter
 * case is accepted and the id is sent as given; version and variant bits are not checked, because documented
 * ids break them.
 */
public final class TransferIds {
    private TransferIds() {
    }

    /**
     * Whether {@code value} is a GUID in 8-4-4-4-12 form: {@code [0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-
     * [0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}}. Checked by hand, not by that pattern: every call checks its ids, and the
     * matcher was 3 % of a {@code getTransfer}'s CPU; a property test holds the two to the same answer.
     *
     * @param value the value
     * @return whether {@code value} is a GUID in 8-4-4-4-12 form: {@code [0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-
     *     [0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}}
     */
    public static boolean isGuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns {@code value} unchanged when it is a GUID.
     *
     * @param parameter the parameter
     * @param value the value
     * @return {@code value} unchanged when it is a GUID
     * @throws InvalidIdException naming the parameter and showing the refused value (quoted, escaped)
     */
    public static String requireGuid(String parameter, String value) {
        if (!isGuid(value)) {
            throw new InvalidIdException(parameter, value);
        }
        return value;
    }

    /** An id that is not a GUID, refused before any request is made. */
    public static final class InvalidIdException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        InvalidIdException(String parameter, String value) {
            super(parameter + " must be a GUID (8-4-4-4-12 hexadecimal digits), got " + describe(value)
                    + "; nothing was sent");
            this.parameter = parameter;
        }

        /**
         * The name of the refused parameter, e.g. {@code customerId}.
         *
         * @return the name of the refused parameter, e.g. {@code customerId}
         */
        public String parameter() {
            return parameter;
        }

        private static String describe(String value) {
            if (value == null) {
                return "null";
            }
            StringBuilder b = new StringBuilder("\"");
            int shown = Math.min(value.length(), 64);
            for (int i = 0; i < shown; i++) {
                char c = value.charAt(i);
                if (c < 0x20 || c > 0x7e) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            if (value.length() > shown) {
                b.append("...");
            }
            return b.append('"').toString();
        }
    }
}
