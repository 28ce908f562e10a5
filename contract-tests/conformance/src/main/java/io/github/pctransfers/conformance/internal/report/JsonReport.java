package io.github.pctransfers.conformance.internal.report;

import io.github.pctransfers.conformance.report.Reports;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.CheckResult;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.coverage.CoverageCell;
import io.github.pctransfers.conformance.coverage.CoverageResult;
import io.github.pctransfers.conformance.coverage.CoverageState;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.gate.CaseOutcome;
import io.github.pctransfers.conformance.gate.ErrataVerdict;
import io.github.pctransfers.conformance.gate.GateResult;
import io.github.pctransfers.conformance.gate.Problem;
import io.github.pctransfers.conformance.gate.RunInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code report.json}, streamed (a report over a large capture is never built in memory). The shape is
 * stable within a {@value #SCHEMA_VERSION}; fields are only ever added. Top level, in order:
 * {@code schemaVersion}, {@code tool}, {@code run}, {@code verdict}, {@code summary}, {@code checks},
 * {@code problems}, {@code tolerated}, {@code errata}, {@code coverage}, {@code cases} (see the cli README for every
 * field).
 * A value that does not apply is {@code null}, never left out.
 */
public final class JsonReport {
    /** The version of the report's shape. */
    public static final int SCHEMA_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private JsonReport() {
    }

    /**
     * Writes the report as UTF-8.
     *
     * @param result the result
     * @param out where to write it
     * @throws java.io.IOException when writing fails
     */
    public static void write(GateResult result, OutputStream out) throws IOException {
        // Jackson's byte generator, not its Writer one: with the CLI's class-data archive and C1 only, the JIT
        // left the Writer generator's string loop interpreted (docs/PERFORMANCE.md, the re-run of 2026-12-07).
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(result, g);
        }
    }

    private static void write(GateResult result, JsonGenerator g) throws IOException {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", Reports.TOOL_NAME);
        g.writeStringField("version", result.info().toolVersion());
        g.writeEndObject();
        run(g, result.info());
        g.writeObjectFieldStart("verdict");
        g.writeBooleanField("conforms", result.conforms());
        g.writeNumberField("exitCode", result.exitCode());
        g.writeNumberField("problems", result.problems().size());
        g.writeEndObject();
        summary(g, result);
        checks(g, result);
        g.writeArrayFieldStart("problems");
        for (Problem p : result.problems()) {
            problem(g, p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tolerated");
        for (Finding f : result.tolerated()) {
            tolerated(g, f);
        }
        g.writeEndArray();
        errata(g, result.errata());
        coverage(g, result);
        g.writeArrayFieldStart("cases");
        for (CaseOutcome c : result.cases()) {
            caseOutcome(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, RunInfo info) throws IOException {
        g.writeObjectFieldStart("run");
        g.writeStringField("startedAt", info.startedAt().toString());
        g.writeNumberField("elapsedMillis", info.elapsed().toMillis());
        g.writeNumberField("workers", info.workers());
        g.writeStringField("inputKind", info.inputKind());
        g.writeStringField("input", info.input());
        g.writeStringField("spec", info.spec());
        g.writeStringField("errata", info.errata());
        g.writeStringField("coveragePolicy", info.coveragePolicy());
        g.writeBooleanField("coverageGated", info.coverageGated());
        g.writeBooleanField("strict", info.strict());
        g.writeStringField("coverageGateReason", info.coverageGateReason());
        strings(g, "skipped", info.skipped());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, GateResult r) throws IOException {
        Map<Check, GateResult.CheckTally> tallies = r.tallies();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("cases", r.cases().size());
        g.writeNumberField("failedCases", r.failedCases());
        g.writeNumberField("checks", r.checkCount());
        g.writeNumberField("passedChecks", tallies.values().stream().mapToInt(GateResult.CheckTally::passed).sum());
        g.writeNumberField("failedChecks", tallies.values().stream().mapToInt(GateResult.CheckTally::failed).sum());
        g.writeNumberField("excusedFindings",
                tallies.values().stream().mapToInt(GateResult.CheckTally::excused).sum());
        g.writeNumberField("toleratedFindings",
                tallies.values().stream().mapToInt(GateResult.CheckTally::tolerated).sum());
        g.writeNumberField("appliedErrata", r.errata().applied().size());
        g.writeNumberField("staleErrata", r.errata().stale().size());
        g.writeObjectFieldStart("coverage");
        CoverageResult cov = r.coverage();
        g.writeNumberField("statuses", cov.cells().size());
        g.writeNumberField("documented", cov.count(CoverageState.DOCUMENTED));
        g.writeNumberField("authored", cov.count(CoverageState.AUTHORED));
        g.writeNumberField("captured", cov.count(CoverageState.CAPTURED));
        g.writeNumberField("acceptedGaps", cov.count(CoverageState.ACCEPTED_GAP));
        g.writeNumberField("gaps", cov.count(CoverageState.GAP));
        g.writeNumberField("stalePolicyEntries", cov.stalePolicy().size());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void checks(JsonGenerator g, GateResult r) throws IOException {
        g.writeArrayFieldStart("checks");
        for (Map.Entry<Check, GateResult.CheckTally> e : r.tallies().entrySet()) {
            g.writeStartObject();
            g.writeStringField("check", e.getKey().id());
            g.writeStringField("name", e.getKey().displayName());
            g.writeNumberField("ran", e.getValue().ran());
            g.writeNumberField("passed", e.getValue().passed());
            g.writeNumberField("failed", e.getValue().failed());
            g.writeNumberField("excusedFindings", e.getValue().excused());
            g.writeNumberField("toleratedFindings", e.getValue().tolerated());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void problem(JsonGenerator g, Problem p) throws IOException {
        g.writeStartObject();
        g.writeStringField("subject", p.subject());
        g.writeStringField("check", p.check());
        g.writeStringField("key", p.key());
        g.writeStringField("pointer", p.pointer());
        g.writeStringField("expected", p.expected());
        g.writeStringField("found", p.found());
        g.writeStringField("message", p.message());
        g.writeEndObject();
    }

    /** A finding the service tolerates: where, what, and the declared tolerance that covers it. */
    private static void tolerated(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("case", f.caseName());
        g.writeStringField("check", f.check().id());
        g.writeStringField("key", f.messageKey());
        g.writeStringField("pointer", f.pointer());
        g.writeStringField("expected", f.expected());
        g.writeStringField("found", f.found());
        g.writeStringField("message", f.message());
        g.writeStringField("tolerance", f.tolerance());
        g.writeEndObject();
    }

    private static void errata(JsonGenerator g, ErrataVerdict v) throws IOException {
        g.writeObjectFieldStart("errata");
        g.writeStringField("location", v.location());
        g.writeArrayFieldStart("applied");
        for (ErrataVerdict.Applied a : v.applied()) {
            g.writeStartObject();
            erratum(g, a.erratum());
            g.writeNumberField("excusedFindings", a.excused());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stale");
        for (ErrataVerdict.Stale s : v.stale()) {
            g.writeStartObject();
            erratum(g, s.erratum());
            g.writeStringField("reason", s.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void erratum(JsonGenerator g, Erratum e) throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("case", e.caseName());
        g.writeStringField("check", e.check().id());
        g.writeStringField("messageKey", e.messageKey());
        g.writeStringField("pointer", e.pointer());
        g.writeStringField("what", e.what());
        g.writeStringField("source", e.source());
        g.writeStringField("treatment", e.treatment().describe());
    }

    private static void coverage(JsonGenerator g, GateResult r) throws IOException {
        CoverageResult cov = r.coverage();
        g.writeObjectFieldStart("coverage");
        g.writeBooleanField("gated", r.info().coverageGated());
        g.writeStringField("policy", cov.policy());
        g.writeArrayFieldStart("cells");
        for (CoverageCell c : cov.cells()) {
            g.writeStartObject();
            g.writeStringField("operation", c.operationId());
            g.writeStringField("method", c.method());
            g.writeStringField("path", c.pathTemplate());
            g.writeStringField("status", c.status());
            g.writeStringField("state", c.state().label());
            strings(g, "documented", c.documented());
            strings(g, "authored", c.authored());
            g.writeNumberField("captured", c.captured());
            strings(g, "capturedExamples", c.capturedExamples());
            g.writeStringField("acceptedReason", c.acceptedReason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("stalePolicy");
        for (CoverageResult.StalePolicyEntry s : cov.stalePolicy()) {
            g.writeStartObject();
            g.writeStringField("operation", s.gap().operation());
            g.writeStringField("status", s.gap().status());
            g.writeStringField("reason", s.gap().reason());
            g.writeStringField("problem", s.problem());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void caseOutcome(JsonGenerator g, CaseOutcome c) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("origin", c.origin().label());
        g.writeStringField("source", c.source());
        g.writeStringField("method", c.method());
        g.writeStringField("target", c.target());
        if (c.status() == null) {
            g.writeNullField("status");
        } else {
            g.writeNumberField("status", c.status());
        }
        g.writeStringField("operation", c.operationId());
        g.writeBooleanField("passed", c.passed());
        g.writeArrayFieldStart("checks");
        for (CheckResult r : c.results()) {
            g.writeStartObject();
            g.writeStringField("check", r.check().id());
            g.writeBooleanField("passed", r.passed());
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("key", f.messageKey());
                g.writeStringField("pointer", f.pointer());
                g.writeStringField("expected", f.expected());
                g.writeStringField("found", f.found());
                g.writeStringField("message", f.message());
                g.writeStringField("excusedBy", f.erratumId());
                g.writeStringField("toleratedBy", f.tolerance());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "notes", r.notes());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
