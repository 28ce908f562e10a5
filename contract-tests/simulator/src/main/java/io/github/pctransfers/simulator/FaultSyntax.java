package io.github.pctransfers.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text syntax of a {@link SimulatedFault}, as the {@value #HEADER} request header and the {@code serve}
 * command's options write it: {@code key[=value]} items separated by {@code ;} or {@code ,}. The value itself is
 * {@link SimulatedFault}; this class only reads and writes its text.
 */
public final class FaultSyntax {
    /** The request header that asks for a fault, e.g. {@code X-Simulator-Fault: status=429;retry-after=1;times=1}. */
    public static final String HEADER = "X-Simulator-Fault";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})(ms|s)?");

    private FaultSyntax() {
    }

    /**
     * Reads the header (and command-line) syntax: {@code key[=value]} items separated by {@code ;} or {@code ,}.
     * Keys: {@code latency=500ms} (or {@code 2s}), {@code status=503}, {@code status=429} with optional
     * {@code retry-after=N} (seconds), {@code reset}, {@code malformed-body}, {@code times=N}. At most one of
     * status, reset and malformed-body. Examples: {@code status=429;retry-after=1;times=1},
     * {@code latency=2s}, {@code latency=200ms;status=503}, {@code reset}.
     *
     * @throws IllegalArgumentException naming the item that could not be read
     * @param spec the spec
     * @return reads the header (and command-line) syntax: {@code key[=value]} items separated by {@code ;} or {@code ,}
     */
    public static SimulatedFault parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty fault: expected e.g. status=503, status=429;retry-after=1, "
                    + "latency=500ms, reset or malformed-body");
        }
        Duration latency = Duration.ZERO;
        Integer status = null;
        Integer error = null;
        Duration retryAfter = null;
        Integer times = null;
        List<String> outcomes = new ArrayList<>();
        for (String raw : spec.split("[;,]")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String key = (eq < 0 ? item : item.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? null : item.substring(eq + 1).trim();
            switch (key) {
                case "latency":
                    latency = parseDuration(item, value);
                    break;
                case "status":
                    status = parseInt(item, value, 400, 599);
                    outcomes.add(item);
                    break;
                case "error":
                    error = parseInt(item, value, 1, 999_999_999);
                    outcomes.add(item);
                    break;
                case "retry-after":
                    retryAfter = Duration.ofSeconds(parseInt(item, value, 0, 3600));
                    break;
                case "times":
                    times = parseInt(item, value, 1, 1_000_000);
                    break;
                case "reset":
                case "malformed-body":
                    if (value != null) {
                        throw new IllegalArgumentException("fault item \"" + item + "\" takes no value");
                    }
                    outcomes.add(key);
                    break;
                default:
                    throw new IllegalArgumentException("unknown fault item \"" + item + "\"; known: latency=<ms|s>, "
                            + "status=<400-599>, error=<documented code>, retry-after=<seconds>, reset, malformed-body, "
                            + "times=<n>");
            }
        }
        if (outcomes.size() > 1) {
            throw new IllegalArgumentException("a fault has at most one of status, error, reset and malformed-body; got "
                    + String.join(" and ", outcomes));
        }
        if (retryAfter != null && (status == null || status != 429)) {
            throw new IllegalArgumentException("retry-after goes with status=429");
        }
        SimulatedFault fault;
        if (error != null) {
            fault = SimulatedFault.error(error);
        } else if (status != null) {
            fault = status == 429 ? SimulatedFault.throttle(retryAfter == null ? Duration.ofSeconds(1) : retryAfter) : SimulatedFault.status(status);
        } else if (outcomes.contains("reset")) {
            fault = SimulatedFault.connectionReset();
        } else if (outcomes.contains("malformed-body")) {
            fault = SimulatedFault.malformedBody();
        } else if (!latency.isZero()) {
            fault = SimulatedFault.latency(latency);
        } else {
            throw new IllegalArgumentException("fault \"" + spec + "\" does nothing: give latency, status, reset or "
                    + "malformed-body");
        }
        fault = fault.withLatency(latency);
        return times == null ? fault : fault.times(times);
    }

    /**
     * The fault in {@link #parse(String)} syntax (operations are not part of it): {@code parse(format(f))} equals
     * {@code f} for a fault hitting all operations.
     *
     * @param fault a fault
     * @return its header syntax
     */
    public static String format(SimulatedFault fault) {
        List<String> items = new ArrayList<>();
        if (!fault.latency().isZero()) {
            items.add("latency=" + fault.latency().toMillis() + "ms");
        }
        switch (fault.kind()) {
            case STATUS:
                items.add(fault.errorCode() != 0 ? "error=" + fault.errorCode() : "status=" + fault.status());
                if (fault.retryAfter() != null) {
                    items.add("retry-after=" + fault.retryAfter().toSeconds());
                }
                break;
            case CONNECTION_RESET:
                items.add("reset");
                break;
            case MALFORMED_BODY:
                items.add("malformed-body");
                break;
            case LATENCY:
            default:
                break;
        }
        if (fault.times() != 1) {
            items.add("times=" + fault.times());
        }
        return String.join(";", items);
    }

    /**
     * Reads {@code 500ms}, {@code 2s} or a bare number of milliseconds; at most 10 minutes.
     *
     * @param item the item
     * @param value the value
     * @return reads {@code 500ms}, {@code 2s} or a bare number of milliseconds; at most 10 minutes
     */
    public static Duration parseDuration(String item, String value) {
        Matcher m = value == null ? null : DURATION.matcher(value);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("\"" + item + "\": expected a duration such as 500ms or 2s");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = "s".equals(m.group(2)) ? Duration.ofSeconds(n) : Duration.ofMillis(n);
        return SimulatedFault.checkLatency(d);
    }

    private static int parseInt(String item, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value);
            if (n < min || n > max) {
                throw new IllegalArgumentException("\"" + item + "\": must be " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + item + "\": expected a whole number", e);
        }
    }

}
