package io.github.pctransfers.conformance.internal.http;

import io.github.pctransfers.conformance.http.FramingNote;
import io.github.pctransfers.conformance.http.FramingSlip;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_LENGTH;

import io.github.pctransfers.conformance.internal.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the HTTP examples of the Partner Center documentation: a start line, header lines, and an optional body.
 *
 * <p>The documented examples are printed for people, not captured from the wire, and their framing slips in ways
 * no client can act on. This parser is the one place that tolerates them; each tolerated slip is recorded as a
 * {@link FramingNote} on the result, never as a finding:
 * <ol>
 *   <li><b>Line endings</b>: CRLF, LF or a mix of both are accepted.</li>
 *   <li><b>Trailing whitespace</b> ({@link FramingSlip#TRAILING_WHITESPACE}): spaces or tabs after the start line
 *       or a header line, and blank lines or spaces after the body, are dropped (the throttling example has a
 *       trailing space on every line; the get-by-id response ends with a blank line).</li>
 *   <li><b>Blank lines between headers</b> ({@link FramingSlip#BLANK_LINE_BETWEEN_HEADERS}): a blank line followed
 *       by a line that looks like a header ({@code Name: value}) does not end the headers (the throttling example
 *       has a blank line after every header).</li>
 *   <li><b>No blank line before the body</b> ({@link FramingSlip#MISSING_BLANK_LINE_BEFORE_BODY}): where a header
 *       is expected, a line starting with <code>{</code> or <code>[</code> starts a JSON body (the legacy create
 *       response).</li>
 *   <li><b>Wrong Content-Length</b> ({@link FramingSlip#CONTENT_LENGTH_MISMATCH}): the body is what the example
 *       shows, whatever {@code Content-Length} says; this covers {@code Content-Length: 0} on a request that shows a
 *       body (the new-commerce cancel request). The header is kept as written but never trusted.</li>
 * </ol>
 * Because a blank line followed by a header-like line continues the headers, a body that itself starts with
 * {@code Name: value} is not recognised; Partner Center bodies are JSON, so this does not arise.
 *
 * <p>Anything else (no start line, a malformed start line, a header line without a colon) is not an example and
 * gives an {@link HttpExampleFormatException} naming the line.
 */
public final class HttpExampleParser {
    private static final Pattern REQUEST_LINE =
            Pattern.compile("([A-Za-z]+) +(\\S+) +(HTTP/\\d(?:\\.\\d)?)");
    private static final Pattern STATUS_LINE = Pattern.compile("(HTTP/\\d(?:\\.\\d)?) +(\\d{3})(?: +(.*))?");
    /** RFC 9110 token characters, then a colon. */
    private static final Pattern HEADER_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+):(.*)");

    private HttpExampleParser() {
    }

    /**
     * Parses a request example ({@code METHOD target HTTP/1.1}).
     *
     * @param text the text
     * @return the http example
     */
    public static HttpExample parseRequest(String text) {
        return parse(text, HttpExample.Kind.REQUEST, "expected a request line, found a status line: ");
    }

    /**
     * Parses a response example ({@code HTTP/1.1 status reason}).
     *
     * @param text the text
     * @return the http example
     */
    public static HttpExample parseResponse(String text) {
        return parse(text, HttpExample.Kind.RESPONSE, "expected a status line, found a request line: ");
    }

    private static HttpExample parse(String text, HttpExample.Kind expected, String otherKind) {
        HttpExample example = parse(text);
        if (example.kind() != expected) {
            throw new HttpExampleFormatException(1, otherKind + example.startLine());
        }
        return example;
    }

    /**
     * Parses a request or a response, telling them apart by the start line.
     *
     * @param text the text
     * @return the http example
     */
    public static HttpExample parse(String text) {
        if (text == null || text.isBlank()) {
            throw new HttpExampleFormatException(1, "the example is empty");
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<FramingNote> notes = new ArrayList<>();

        String startLine = stripTrailing(lines[0], 1, notes);
        if (startLine.isEmpty()) {
            throw new HttpExampleFormatException(1, "the example must start with a request line or a status line");
        }
        HttpExample.Kind kind;
        String method = null;
        String target = null;
        int status = 0;
        String reason = null;
        String version;
        Matcher statusMatcher = STATUS_LINE.matcher(startLine);
        Matcher requestMatcher = REQUEST_LINE.matcher(startLine);
        if (statusMatcher.matches()) {
            kind = HttpExample.Kind.RESPONSE;
            version = statusMatcher.group(1);
            status = Integer.parseInt(statusMatcher.group(2));
            reason = statusMatcher.group(3) == null ? "" : statusMatcher.group(3);
        } else if (requestMatcher.matches()) {
            kind = HttpExample.Kind.REQUEST;
            method = requestMatcher.group(1).toUpperCase(Locale.ROOT);
            target = requestMatcher.group(2);
            version = requestMatcher.group(3);
        } else {
            throw new HttpExampleFormatException(1, "not a request line (METHOD target HTTP/1.1) nor a status line"
                    + " (HTTP/1.1 200 OK): " + startLine);
        }

        List<HttpHeader> headers = new ArrayList<>();
        List<Integer> headerLines = new ArrayList<>();
        int bodyStart = lines.length;
        int i = 1;
        while (i < lines.length) {
            String line = stripTrailing(lines[i], i + 1, notes);
            if (line.isEmpty()) {
                int next = nextNonBlank(lines, i + 1);
                if (next < lines.length && looksLikeHeader(lines[next])) {
                    notes.add(new FramingNote(FramingSlip.BLANK_LINE_BETWEEN_HEADERS, i + 1,
                            "blank line before header line " + (next + 1)));
                    i = next;
                    continue;
                }
                bodyStart = i + 1;
                break;
            }
            if (startsJson(line)) {
                notes.add(new FramingNote(FramingSlip.MISSING_BLANK_LINE_BEFORE_BODY, i + 1,
                        "the body starts right after the headers"));
                bodyStart = i;
                break;
            }
            Matcher header = HEADER_LINE.matcher(line);
            if (!header.matches()) {
                throw new HttpExampleFormatException(i + 1, "not a header line (Name: value): " + line);
            }
            headers.add(new HttpHeader(header.group(1), header.group(2).strip()));
            headerLines.add(i + 1);
            i++;
        }

        String body = body(lines, bodyStart, notes);
        checkContentLength(headers, headerLines, body, notes);
        return new HttpExample(kind, startLine, method, target, status, reason, version, headers, body, notes);
    }

    private static String body(String[] lines, int bodyStart, List<FramingNote> notes) {
        if (bodyStart >= lines.length) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = bodyStart; i < lines.length; i++) {
            if (i > bodyStart) {
                b.append('\n');
            }
            b.append(lines[i]);
        }
        String raw = b.toString();
        String body = raw.stripTrailing();
        // One final newline is how a file ends; anything more is a slip.
        if (!body.isEmpty() && raw.length() - body.length() > 1) {
            notes.add(new FramingNote(FramingSlip.TRAILING_WHITESPACE, lines.length,
                    "blank lines or spaces after the body"));
        }
        return body.isEmpty() ? "" : body;
    }

    private static void checkContentLength(List<HttpHeader> headers, List<Integer> headerLines, String body,
            List<FramingNote> notes) {
        for (int i = 0; i < headers.size(); i++) {
            HttpHeader h = headers.get(i);
            int line = headerLines.get(i);
            if (!h.is(CONTENT_LENGTH)) {
                continue;
            }
            int actual = body.getBytes(StandardCharsets.UTF_8).length;
            long declared;
            try {
                declared = Long.parseLong(h.value());
            } catch (NumberFormatException e) {
                notes.add(new FramingNote(FramingSlip.CONTENT_LENGTH_MISMATCH, line,
                        "declared \"" + h.value() + "\" (not a number), body has " + actual + " bytes"));
                continue;
            }
            if (declared != actual) {
                notes.add(new FramingNote(FramingSlip.CONTENT_LENGTH_MISMATCH, line,
                        "declared " + declared + " bytes, body has " + actual));
            }
        }
    }

    private static String stripTrailing(String line, int lineNumber, List<FramingNote> notes) {
        String stripped = line.stripTrailing();
        if (stripped.length() != line.length() && !stripped.isEmpty()) {
            notes.add(new FramingNote(FramingSlip.TRAILING_WHITESPACE, lineNumber, "spaces after \""
                    + Text.abbreviate(stripped, 40) + "\""));
        }
        return stripped;
    }

    private static int nextNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean looksLikeHeader(String line) {
        String s = line.strip();
        return !startsJson(s) && HEADER_LINE.matcher(s).matches();
    }

    private static boolean startsJson(String line) {
        return line.startsWith("{") || line.startsWith("[");
    }
}
