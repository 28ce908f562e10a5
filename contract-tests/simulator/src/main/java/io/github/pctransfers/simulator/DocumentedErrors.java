package io.github.pctransfers.simulator;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The error codes a fault can ask for by number ({@code X-Simulator-Fault: error=900137}), with the HTTP status and
 * the wording of the current error-codes page (https://learn.microsoft.com/en-us/partner-center/developer/error-codes):
 * the codes whose condition only the service knows (a feature not enabled for the partner, a failure inside the
 * service, a concurrent request), so that no seed state can reach them. {@code {caller}} is the seed's caller partner,
 * {@code {transfer}} the transfer of the request's path.
 */
final class DocumentedErrors {
    /** One code: its status and wording. */
    static final class Entry {
        final int status;
        final String wording;

        Entry(int status, String wording) {
            this.status = status;
            this.wording = wording;
        }
    }

    private static final Map<Integer, Entry> BY_CODE = new TreeMap<>(Map.of(
            800001, new Entry(401, "Partner Token missing in request context"),
            800003, new Entry(500, "An unexpected error occurred while processing the request."),
            900104, new Entry(409, "Transfer {transfer} is being processed by another request."),
            900135, new Entry(500, "Initiate transfer request failed. Try again later"),
            900136, new Entry(400, "Transfer can't be initiated as source partner email/domain details missing in "
                    + "the request"),
            900137, new Entry(403, "Transfer can't be created as partner: {caller} not enabled for this feature"),
            // The page's {1} is the partner's national cloud; the simulator's partners have none, so the fault names
            // USGov, the one a US-government partner would meet.
            900138, new Entry(403, "Transfer can't be created as partner's: {caller} national cloud USGov isn't "
                    + "supported")));

    private DocumentedErrors() {
    }

    /** The codes a fault may name. */
    static Set<Integer> codes() {
        return BY_CODE.keySet();
    }

    /** The code's entry, or null. */
    static Entry of(int code) {
        return BY_CODE.get(code);
    }

    /** The wording with the caller and the transfer filled in (a missing transfer id leaves "the transfer"). */
    static String describe(int code, String callerPartnerTenantId, String transferId) {
        return BY_CODE.get(code).wording.replace("{caller}", String.valueOf(callerPartnerTenantId))
                .replace("{transfer}", transferId == null ? "the transfer" : transferId.toLowerCase());
    }
}
