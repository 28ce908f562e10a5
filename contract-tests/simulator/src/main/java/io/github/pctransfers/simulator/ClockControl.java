package io.github.pctransfers.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's clock over HTTP, outside the API's {@code /v1}:
 *
 * <ul>
 *   <li>{@code GET /simulator/clock}: {@code {"now": "2024-05-16T08:00:00Z", "rate": 0.0}};</li>
 *   <li>{@code PUT /simulator/clock} with {@code {"now": "<ISO-8601 instant>"}} and/or {@code {"rate": <number>}}:
 *       sets the clock, answers as GET;</li>
 *   <li>{@code POST /simulator/clock/advance} with {@code {"by": "PT5M"}} (an ISO-8601 duration, not negative):
 *       moves it forward, answers as GET.</li>
 * </ul>
 *
 * A bad body answers 400 with the simulator's error body (code 800002 and what is wrong); another method 405. No
 * token is needed: the simulator listens on 127.0.0.1 only.
 */
final class ClockControl {
    static final String PREFIX = "/simulator/";
    static final String CLOCK = "/simulator/clock";
    static final String ADVANCE = "/simulator/clock/advance";
    private static final Set<String> PUT_FIELDS = Set.of("now", "rate");
    private static final Set<String> ADVANCE_FIELDS = Set.of("by");

    private ClockControl() {
    }

    /** Whether the path is the simulator's own (not the API's): {@link #serve} answers it. */
    static boolean owns(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith(PREFIX) || path.equalsIgnoreCase("/simulator");
    }

    /** The answer to a request on one of the simulator's own paths. */
    static Reply serve(String method, String path, String body, SimulatorClock clock) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (p.equalsIgnoreCase(CLOCK)) {
            switch (method) {
                case "GET":
                    return now(clock);
                case "PUT":
                    return set(body, clock);
                default:
                    return Reply.statusError(405, method + " is not allowed on " + CLOCK + ": GET reads the clock, PUT "
                            + "sets it");
            }
        }
        if (p.equalsIgnoreCase(ADVANCE)) {
            return method.equals("POST") ? advance(body, clock)
                    : Reply.statusError(405, method + " is not allowed on " + ADVANCE + ": POST {\"by\": \"PT5M\"}");
        }
        return Reply.statusError(404, "No resource at " + path + ": the simulator's own paths are " + CLOCK + " and "
                + ADVANCE);
    }

    private static Reply set(String body, SimulatorClock clock) {
        ObjectNode json;
        try {
            json = object(body, PUT_FIELDS, "{\"now\": \"2024-05-16T08:00:00Z\"} or {\"rate\": 60}");
        } catch (BadRequest e) {
            return e.reply;
        }
        JsonNode now = json.get("now");
        JsonNode rate = json.get("rate");
        if (now == null && rate == null) {
            return bad("the body names neither \"now\" nor \"rate\": send {\"now\": \"2024-05-16T08:00:00Z\"}");
        }
        Instant instant = null;
        if (now != null) {
            if (!now.isTextual()) {
                return bad("\"now\" must be an ISO-8601 instant as a string, e.g. \"2024-05-16T08:00:00Z\"; got " + now);
            }
            try {
                instant = Instant.parse(now.asText());
            } catch (DateTimeParseException e) {
                return bad("\"now\" is not an ISO-8601 instant (e.g. \"2024-05-16T08:00:00Z\"): \"" + now.asText()
                        + "\"");
            }
        }
        if (rate != null) {
            if (!rate.isNumber()) {
                return bad("\"rate\" must be a number (0 freezes the clock, 1 is real time); got " + rate);
            }
            try {
                SimulatorClock.checkRate(rate.asDouble());
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
        }
        // Checked whole before anything moves: a bad rate does not leave the clock set.
        if (instant != null) {
            clock.set(instant);
        }
        if (rate != null) {
            clock.setRate(rate.asDouble());
        }
        return now(clock);
    }

    private static Reply advance(String body, SimulatorClock clock) {
        ObjectNode json;
        try {
            json = object(body, ADVANCE_FIELDS, "{\"by\": \"PT5M\"}");
        } catch (BadRequest e) {
            return e.reply;
        }
        JsonNode by = json.get("by");
        if (by == null || !by.isTextual()) {
            return bad("\"by\" must be an ISO-8601 duration as a string, e.g. \"PT5M\" or \"P30D\"");
        }
        Duration d;
        try {
            d = Duration.parse(by.asText());
        } catch (DateTimeParseException e) {
            return bad("\"by\" is not an ISO-8601 duration (e.g. \"PT5M\", \"P30D\"): \"" + by.asText() + "\"");
        }
        if (d.isNegative()) {
            return bad("\"by\" must not be negative (" + by.asText() + "): PUT " + CLOCK + " goes back in time");
        }
        clock.advance(d);
        return now(clock);
    }

    private static Reply now(SimulatorClock clock) {
        ObjectNode out = SimulatorJson.MAPPER.createObjectNode();
        out.put("now", clock.instant().toString());
        out.put("rate", clock.rate());
        return Reply.of(200, out);
    }

    /** The body as a JSON object with only the known fields. */
    private static ObjectNode object(String body, Set<String> fields, String example) throws BadRequest {
        if (body == null || body.isBlank()) {
            throw new BadRequest(bad("the body is empty: send " + example));
        }
        JsonNode tree;
        try {
            tree = SimulatorJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new BadRequest(bad("the body is not JSON: send " + example));
        }
        if (tree == null || !tree.isObject()) {
            throw new BadRequest(bad("the body must be a JSON object: send " + example));
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new BadRequest(bad("unknown field \"" + name + "\": send " + example));
            }
        }
        return (ObjectNode) tree;
    }

    private static Reply bad(String description) {
        return Reply.error(DocumentedErrorCode.INVALID_INPUT, Map.of(), description);
    }

    /** A 400 found while reading the body. */
    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Reply reply;

        BadRequest(Reply reply) {
            super(null, null, false, false);
            this.reply = reply;
        }
    }
}
