package io.github.pctransfers.conformance.report;

import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.ErrataVerdict;
import io.github.pctransfers.conformance.gate.GateResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code junit.xml} in the JUnit XML shape CI servers read: one {@code testsuite}, one {@code testcase} per
 * case and check ({@code classname} the case, {@code name} the check id), failing with its standing findings;
 * excused findings, findings tolerated by the service (as the spec declares; prefixed
 * {@code tolerated by the service:}) and notes go to {@code system-out}. Then one skipped test case per input that was not checked
 * ({@code classname} {@code not-checked}, e.g. a case a live run did not send, with the reason), one per erratum
 * ({@code classname} {@code errata}: fails when stale) and one per coverage cell ({@code classname} {@code coverage}: a gap fails when
 * coverage is gated and is skipped otherwise; an accepted gap is skipped with its reason; a stale policy entry
 * fails when gated).
 */
public final class JunitReport {

    private JunitReport() {
    }

    private record TestCase(String classname, String name, String seconds, String failureMessage,
            String failureText, String skippedMessage, String systemOut) {
    }

    public static void write(GateResult r, Writer out) throws IOException {
        List<TestCase> tests = new ArrayList<>();
        // Formatted once: every check gets the same share of the run (String.format per case showed in profiles).
        String perCheck = seconds(r.checkCount() == 0 ? 0 : r.info().elapsed().toMillis() / 1000.0 / r.checkCount());
        String none = seconds(0);
        for (CaseOutcome c : r.cases()) {
            for (CheckResult res : c.results()) {
                String failure = res.passed() ? null : res.standing().size() + " finding(s): "
                        + res.standing().get(0);
                String text = res.passed() ? null : res.standing().stream().map(Finding::toString)
                        .collect(Collectors.joining("\n"));
                List<String> out2 = new ArrayList<>();
                res.excused().forEach(f -> out2.add("excused: " + f));
                res.tolerated().forEach(f -> out2.add("tolerated by the service: " + f));
                res.notes().forEach(n -> out2.add("note: " + n));
                tests.add(new TestCase(c.name(), res.check().id(), perCheck, failure, text, null,
                        out2.isEmpty() ? null : String.join("\n", out2)));
            }
        }
        for (String notChecked : r.info().skipped()) {
            // "name: reason", as the case sources write them.
            int colon = notChecked.indexOf(": ");
            tests.add(new TestCase("not-checked", colon < 0 ? notChecked : notChecked.substring(0, colon), none, null,
                    null, colon < 0 ? "not checked" : notChecked.substring(colon + 2), null));
        }
        for (ErrataVerdict.Applied a : r.errata().applied()) {
            tests.add(new TestCase("errata", a.erratum().id(), none, null, null, null,
                    "excused " + a.excused() + " finding(s) of " + a.erratum().caseName() + " / "
                            + a.erratum().check().id() + "; source: " + a.erratum().source()));
        }
        for (ErrataVerdict.Stale s : r.errata().stale()) {
            tests.add(new TestCase("errata", s.erratum().id(), none, "stale erratum: " + s.reason(),
                    "source: " + s.erratum().source(), null, null));
        }
        boolean gated = r.info().coverageGated();
        CoverageResult cov = r.coverage();
        for (CoverageCell c : cov.cells()) {
            String name = c.operationId() + " " + c.status();
            if (c.state().covered()) {
                tests.add(new TestCase("coverage", name, none, null, null, null,
                        c.state().label() + ": " + Reports.cellExamples(c)));
            } else if (c.state() == CoverageState.ACCEPTED_GAP) {
                tests.add(new TestCase("coverage", name, none, null, null, "accepted gap: " + c.acceptedReason(),
                        null));
            } else if (gated) {
                tests.add(new TestCase("coverage", name, none, "coverage gap: no example shows " + name
                        + " and the policy does not accept the gap", null, null, null));
            } else {
                tests.add(new TestCase("coverage", name, none, null, null, "coverage gap (coverage not gated: "
                        + r.info().coverageGateReason() + ")", null));
            }
        }
        for (CoverageResult.StalePolicyEntry s : cov.stalePolicy()) {
            String name = "policy " + s.gap().operation() + " " + s.gap().status();
            tests.add(gated ? new TestCase("coverage", name, none, "stale coverage policy entry: " + s.problem(), null,
                    null, null) : new TestCase("coverage", name, none, null, null, "stale coverage policy entry"
                    + " (coverage not gated): " + s.problem(), null));
        }

        long failures = tests.stream().filter(t -> t.failureMessage() != null).count();
        long skipped = tests.stream().filter(t -> t.skippedMessage() != null).count();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", Reports.TOOL_NAME);
            x.writeAttribute("tests", String.valueOf(tests.size()));
            x.writeAttribute("failures", String.valueOf(failures));
            x.writeAttribute("errors", "0");
            x.writeAttribute("skipped", String.valueOf(skipped));
            x.writeAttribute("time", seconds(r.info().elapsed().toMillis() / 1000.0));
            x.writeAttribute("timestamp", r.info().startedAt().toString());
            x.writeCharacters("\n");
            x.writeStartElement("properties");
            property(x, "input", r.info().inputKind() + ": " + r.info().input());
            property(x, "spec", r.info().spec());
            property(x, "errata", r.info().errata());
            property(x, "coveragePolicy", r.info().coveragePolicy());
            property(x, "coverageGated", String.valueOf(gated));
            property(x, "verdict", Reports.verdict(r));
            x.writeEndElement();
            x.writeCharacters("\n");
            for (TestCase t : tests) {
                x.writeStartElement("testcase");
                x.writeAttribute("classname", clean(t.classname()));
                x.writeAttribute("name", clean(t.name()));
                x.writeAttribute("time", t.seconds());
                if (t.failureMessage() != null) {
                    x.writeStartElement("failure");
                    x.writeAttribute("message", clean(t.failureMessage()));
                    x.writeAttribute("type", "nonconformance");
                    x.writeCharacters(clean(t.failureText() == null ? t.failureMessage() : t.failureText()));
                    x.writeEndElement();
                }
                if (t.skippedMessage() != null) {
                    x.writeEmptyElement("skipped");
                    x.writeAttribute("message", clean(t.skippedMessage()));
                }
                if (t.systemOut() != null) {
                    x.writeStartElement("system-out");
                    x.writeCharacters(clean(t.systemOut()));
                    x.writeEndElement();
                }
                x.writeEndElement();
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", clean(value));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Drops characters XML 1.0 cannot hold (control characters other than tab and line breaks). */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        int forbidden = nextForbidden(s, 0);
        if (forbidden == s.length()) {
            return s; // the usual case: nothing to drop, no copy
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (forbidden < s.length()) {
            b.append(s, from, forbidden);
            from = forbidden + 1;
            forbidden = nextForbidden(s, from);
        }
        return b.append(s, from, s.length()).toString();
    }

    /**
     * The index of the first char from {@code from} that XML 1.0 cannot hold, or the length. XML holds tab, the line
     * breaks and every char from U+0020 up except U+FFFE and U+FFFF (surrogates pass, in pairs as Java holds them).
     * The rule is spelled out in the loop, with no call per char: in cold C1 runs with a class-data-sharing archive,
     * a per-char check method was never compiled, and its interpreted calls were half of the time of writing a
     * 10,000-case report.
     */
    private static int nextForbidden(String s, int from) {
        int i = from;
        for (int n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 ? c >= 0xFFFE : c != '\t' && c != '\n' && c != '\r') {
                break;
            }
        }
        return i;
    }
}
