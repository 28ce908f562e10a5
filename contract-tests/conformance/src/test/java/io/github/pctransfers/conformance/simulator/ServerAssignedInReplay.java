package io.github.pctransfers.conformance.simulator;

import java.util.List;
import java.util.Optional;

/**
 * The one list of what a server's answer may show differently from the documented response when a documented
 * request is replayed against the simulator: values the server assigns anew (ids of created things, its clock), and
 * the documentation's own slips (two pages that disagree). Everything else must be equal.
 *
 * <p>Helper E's live replay ({@code check --against URL}) keeps the same list as
 * {@code io.github.pctransfers.conformance.live.ServerAssignedValues}; when both are merged, this class gives way to
 * that one (the entries are the same, plus the slips, which belong in errata.yaml under the live check).
 */
final class ServerAssignedInReplay {

    /**
     * One value not compared.
     *
     * @param operation the operation whose 2xx answers show it ({@code *} for every operation and status)
     * @param pointer   a JSON pointer; {@code *} stands for any one segment; anything below it is not compared either
     * @param reason    why it may differ
     */
    record Entry(String operation, String pointer, String reason) {
        boolean covers(String op, int status, String at) {
            if (!operation.equals("*") && !(operation.equals(op) && status / 100 == 2)) {
                return false;
            }
            String[] pattern = pointer.substring(1).split("/", -1);
            String[] actual = at.isEmpty() ? new String[0] : at.substring(1).split("/", -1);
            if (actual.length < pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].equals("*") && !pattern[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final String CLOCK = "the server's clock when it answers";

    /** Server-assigned values. */
    static final List<Entry> SERVER_ASSIGNED = List.of(
            new Entry("createTransfer", "/id", "the id of the created transfer: the server assigns it"),
            new Entry("createTransfer", "/createdTime", CLOCK + " (the transfer is created now)"),
            new Entry("createTransfer", "/lastModifiedTime", CLOCK + " (the transfer is created now)"),
            new Entry("createTransfer", "/expirationTime", "30 days after the server's clock at creation"),
            new Entry("createTransfer", "/links/self/uri", "the address of the created transfer, which embeds its id"),
            new Entry("acceptTransfer", "/orders/*/id", "the id of an order the accept creates: the server assigns it"),
            new Entry("acceptTransfer", "/orders/*/alternateId", "repeats the new order's id"),
            new Entry("acceptTransfer", "/orders/*/creationDate", CLOCK + " (the order is created now)"),
            new Entry("acceptTransfer", "/orders/*/links/*/uri", "an address of a created order, which embeds its id"),
            new Entry("acceptTransfer", "/orders/*/attributes/etag", "the version tag of a created order, from its id"));

    /**
     * Where two documented pages disagree, so no single world answers both as documented. To become errata of the
     * live check once it exists.
     */
    static final List<Entry> DOCUMENTATION_SLIPS = List.of(
            new Entry("createTransfer", "/customerTenantId", "the legacy create page posts to customer "
                    + "d6bf25b7-... and answers a transfer of customer 823c6c3f-..."),
            new Entry("createTransfer", "/sourcePartnerName", "the legacy create page's answer has no partner "
                    + "names; the get and list pages show them on every legacy transfer"),
            new Entry("createTransfer", "/targetPartnerName", "as sourcePartnerName"),
            new Entry("createTransfer", "/lineItems/*/partnerIdOnRecord", "the legacy create page's answer drops "
                    + "the partnerIdOnRecord its request sends; the get and list pages show it on line items"),
            new Entry("acceptTransfer", "/orders/*/referenceCustomerId", "the accept page accepts a transfer of "
                    + "customer d6bf25b7-... but its orders name customer b67f0b00-... (the list page shows those "
                    + "orders on that customer's transfer 7b1ce5e6-...)"));

    private ServerAssignedInReplay() {
    }

    /** The entry that lets the value at {@code pointer} differ, if any. */
    static Optional<Entry> covering(String operation, int status, String pointer) {
        return java.util.stream.Stream.concat(SERVER_ASSIGNED.stream(), DOCUMENTATION_SLIPS.stream())
                .filter(e -> e.covers(operation, status, pointer)).findFirst();
    }
}
