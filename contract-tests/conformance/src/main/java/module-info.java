/**
 * The Partner Center transfers conformance kit. Exports what a caller of
 * {@code Conformance.check(ConformanceRun)} needs: the run and its inputs, the result with its findings, gate and
 * coverage, the reports, and the spec tools' entry point. Everything under {@code io.github.pctransfers.conformance.internal}
 * (the replays, the spec validator, the HAR and example parsers, the report writers, the gate's runner) is not API.
 *
 * <p>The kit runs on the class path (the command line's fat jar, a test's class path). WireMock's standalone jar,
 * the swagger parsers, the request validator and openapi-diff are not usable as modules (WireMock's jar describes
 * itself as Guava's module; the swagger parsers of two majors share an automatic module name), so this descriptor
 * names the modules it can and reads the rest from the class path: on a module path, add
 * {@code --add-reads io.github.pctransfers.conformance=ALL-UNNAMED} and put those jars on the class path.
 */
module io.github.pctransfers.conformance {
    // The run, its result and findings; Conformance.check is the one entry point.
    exports io.github.pctransfers.conformance;
    // In the run and the result: the examples and the spec bundle they come from, their HTTP text.
    exports io.github.pctransfers.conformance.cases;
    exports io.github.pctransfers.conformance.http;
    // In the run and the result: coverage policy and matrix, errata, the gate's verdict, progress, the live token.
    exports io.github.pctransfers.conformance.coverage;
    exports io.github.pctransfers.conformance.errata;
    exports io.github.pctransfers.conformance.gate;
    exports io.github.pctransfers.conformance.live;
    // The reports of a result (Reports) and the console summary.
    exports io.github.pctransfers.conformance.report;
    // The spec tools' entry point (SpecTool: lint, compatibility gate, HTML reference).
    exports io.github.pctransfers.conformance.spectools;

    // Jackson reads the errata ledger and the coverage policy into their creators by reflection.
    opens io.github.pctransfers.conformance.errata to com.fasterxml.jackson.databind;
    opens io.github.pctransfers.conformance.coverage to com.fasterxml.jackson.databind;

    requires transitive io.github.pctransfers.client;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.commonmark;
    requires java.net.http;
    requires java.xml;
}
