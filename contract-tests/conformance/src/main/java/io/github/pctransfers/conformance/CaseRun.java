package io.github.pctransfers.conformance;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.CONTENT_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.http.HttpHeader;
import io.github.pctransfers.conformance.internal.Json;
import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.replay.ClientReplay;
import io.github.pctransfers.conformance.replay.FacadeCalls;
import io.github.pctransfers.conformance.replay.ReceivedRequest;
import io.github.pctransfers.conformance.replay.ReplayOutcome;
import io.github.pctransfers.conformance.replay.RequestComparison;
import io.github.pctransfers.conformance.replay.ResponseReproduction;
import io.github.pctransfers.conformance.replay.StubReply;
import io.github.pctransfers.conformance.spec.Mutation;
import io.github.pctransfers.conformance.spec.ServiceTolerance;
import io.github.pctransfers.conformance.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks of one case. Each {@link #run(Check)} gives a {@link CheckResult} whose findings are already matched
 * against the errata (and recorded in the suite's ledger).
 *
 * <p>Where an erratum gives a corrected body, the documented body is still validated (that is what the erratum
 * excuses) and the corrected body is used by everything else: it is validated too, sent or expected in the replay,
 * and mutated.
 */
public final class CaseRun {
    /** The message key of a captured exchange without a response. */
    public static final String MISSING_RESPONSE = "conformance.response.missing";
    /** The message key of a request body property sent twice, in two letter cases. */
    public static final String DUPLICATE_PROPERTY = "conformance.request.body.duplicateProperty";

    private final ConformanceSuite suite;
    private final ExampleCase exampleCase;
    private final ClientReplay replay;
    private final Optional<SpecOperation> operation;
    private ReplayOutcome outcome;
    private String placeholderNote;

    CaseRun(ConformanceSuite suite, ExampleCase exampleCase, ClientReplay replay) {
        this.suite = suite;
        this.exampleCase = exampleCase;
        this.replay = replay;
        HttpExample request = exampleCase.request();
        this.operation = suite.spec().findOperation(request.method(), request.path());
    }

    public ExampleCase exampleCase() {
        return exampleCase;
    }

    /** The spec operation the documented request addresses, if any. */
    public Optional<SpecOperation> operation() {
        return operation;
    }

    /**
     * Runs one check.
     *
     * @throws IllegalArgumentException when the check does not apply to this case (see
     *                                  {@link ConformanceSuite#checksFor})
     */
    public CheckResult run(Check check) {
        if (!suite.checksFor(exampleCase).contains(check)) {
            throw new IllegalArgumentException("check \"" + check.displayName() + "\" does not apply to case "
                    + exampleCase.name());
        }
        suite.ledger().recordCheckRun(exampleCase.name(), check);
        List<Finding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        switch (check) {
            case REQUEST_MATCHES_SPEC:
                requestMatchesSpec(findings, notes);
                break;
            case RESPONSE_MATCHES_SPEC:
                responseMatchesSpec(findings, notes);
                break;
            case CLIENT_SENDS_DOCUMENTED_REQUEST:
                clientSendsDocumentedRequest(findings, notes);
                break;
            case CLIENT_REPRODUCES_DOCUMENTED_RESPONSE:
                clientReproducesDocumentedResponse(findings, notes);
                break;
            case MUTATED_RESPONSE_WRONG_TYPE:
            case MUTATED_RESPONSE_MISSING_REQUIRED:
                mutatedResponseIsRejected(check, findings, notes);
                break;
            default:
                throw new IllegalArgumentException("unknown check " + check);
        }
        return new CheckResult(exampleCase.name(), check, suite.errata().excuse(findings, suite.ledger()), notes);
    }

    // ---- the checks ----------------------------------------------------------------------------------------------

    private void requestMatchesSpec(List<Finding> findings, List<String> notes) {
        Check check = Check.REQUEST_MATCHES_SPEC;
        HttpExample request = exampleCase.request();
        ServiceTolerance.Bound documented = bound(request.body());
        findings.addAll(deviations(check, documented));
        findings.addAll(suite.validator().validateRequest(exampleCase.name(), check,
                documented.body().equals(request.body()) ? request : request.withBody(documented.body())));
        if (!documented.body().equals(request.body())) {
            notes.add("validated the body as the service binds it (" + ServiceTolerance.EXTENSION + "): "
                    + Text.abbreviate(documented.body(), 200));
        }
        Optional<Erratum> corrected = correctedBody(check);
        if (corrected.isPresent()) {
            findings.addAll(suite.validator().validateRequest(exampleCase.name(), check,
                    request.withBody(requestBody())));
            notes.add("also validated the corrected body of erratum " + corrected.get().id());
        }
        notes.add(framing("request", request));
        operation.ifPresent(op -> notes.add("operation " + op));
    }

    private void responseMatchesSpec(List<Finding> findings, List<String> notes) {
        Check check = Check.RESPONSE_MATCHES_SPEC;
        if (!exampleCase.hasResponse()) {
            // Only a captured exchange gets here: the capture holds the request but no answer to it.
            findings.add(Finding.of(exampleCase.name(), check, MISSING_RESPONSE, null, "a response",
                    "no response", "the capture holds no response to this request (status 0 or no response"
                            + " object: the request was blocked, aborted or still pending when the capture was"
                            + " saved)"));
            return;
        }
        HttpExample response = exampleCase.response();
        findings.addAll(suite.validator().validateResponse(exampleCase.name(), check, exampleCase.request(),
                response.status(), response.headers(), response.body()));
        Optional<Erratum> corrected = correctedBody(check);
        if (corrected.isPresent()) {
            findings.addAll(suite.validator().validateResponse(exampleCase.name(), check, exampleCase.request(),
                    response.status(), response.headers(), responseBody()));
            notes.add("also validated the corrected body of erratum " + corrected.get().id());
        }
        notes.add(framing("response", response));
    }

    private void clientSendsDocumentedRequest(List<Finding> findings, List<String> notes) {
        Check check = Check.CLIENT_SENDS_DOCUMENTED_REQUEST;
        if (!requireOperation(check, findings)) {
            return;
        }
        ReplayOutcome o = outcome();
        notes.add(describe(o));
        if (!o.called()) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.facade.noMethod", null,
                    "a facade call that sends this request", null, o.planProblem()));
            return;
        }
        if (o.received().isEmpty()) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.request.notSent", null,
                    "one request", "none", "the client sent nothing"
                            + o.failure().map(t -> "; it threw " + t).orElse("")));
            return;
        }
        // One request per call: the replay client does not retry, except that it refreshes its token and retries
        // once after a 401, as the client always does.
        int expectedRequests = exampleCase.hasResponse() && exampleCase.response().status() == 401 ? 2 : 1;
        if (o.received().size() != expectedRequests) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.request.count", null,
                    String.valueOf(expectedRequests), String.valueOf(o.received().size()),
                    "the client sent another number of requests than the call needs"));
        }
        for (ReceivedRequest received : o.received()) {
            findings.addAll(RequestComparison.compare(exampleCase.name(), check, exampleCase.request(),
                    requestBody(), received, ClientReplay.ACCESS_TOKEN));
        }
    }

    private void clientReproducesDocumentedResponse(List<Finding> findings, List<String> notes) {
        Check check = Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE;
        if (!requireOperation(check, findings)) {
            return;
        }
        ReplayOutcome o = outcome();
        notes.add(describe(o));
        findings.addAll(ResponseReproduction.compare(exampleCase.name(), check, exampleCase.response(),
                responseBody(), FacadeCalls.resultType(operation.get().operationId()), o, replay.clientMapper()));
    }

    private void mutatedResponseIsRejected(Check check, List<Finding> findings, List<String> notes) {
        if (!requireOperation(check, findings)) {
            return;
        }
        HttpExample response = exampleCase.response();
        Optional<Schema<?>> schema = operation.get().responseSchema(response.status());
        if (schema.isEmpty()) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.mutation.noSchema", null,
                    "a response schema", null, "the spec defines no JSON body for HTTP " + response.status()
                            + " of " + operation.get().operationId()));
            return;
        }
        JsonNode body;
        try {
            body = Json.readTree(responseBody());
        } catch (JsonProcessingException e) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.mutation.bodyNotJson", "", null, null,
                    "the response body is not JSON, so it cannot be mutated: " + e.getOriginalMessage()));
            return;
        }
        Optional<Mutation> mutation = check == Check.MUTATED_RESPONSE_WRONG_TYPE
                ? suite.mutator().wrongType(body, schema.get())
                : suite.mutator().missingRequired(body, schema.get());
        if (mutation.isEmpty()) {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.mutation.none", "", null, null,
                    "no property of the body can be broken this way, so the check cannot be shown to be alive"));
            return;
        }
        Mutation m = mutation.get();
        notes.add("mutated " + m.description());
        List<Finding> reported = suite.validator().validateResponse(exampleCase.name(), check, exampleCase.request(),
                response.status(), response.headers(), m.body().toString());
        Optional<Finding> hit = reported.stream()
                .filter(f -> f.messageKey().equals(m.expectedMessageKey())
                        && Objects.equals(f.pointer(), m.expectedPointer()))
                .findFirst();
        if (hit.isPresent()) {
            notes.add("reported as " + hit.get());
        } else {
            findings.add(Finding.of(exampleCase.name(), check, "conformance.mutation.notDetected", m.pointer(),
                    m.expectedMessageKey() + " at " + (m.expectedPointer().isEmpty() ? "(root)" : m.expectedPointer()),
                    reported.isEmpty() ? "no finding" : reported.stream().map(Finding::toString)
                            .collect(Collectors.joining("; ")),
                    "the spec check did not report the mutated body (" + m.description() + ")"));
        }
    }

    // ---- shared state ------------------------------------------------------------------------------------------

    /** The replay, done once. */
    private ReplayOutcome outcome() {
        if (outcome == null) {
            outcome = replay.replay(operation.get(), exampleCase.request(), requestBody(), stubReply());
        }
        return outcome;
    }

    private StubReply stubReply() {
        if (exampleCase.hasResponse()) {
            HttpExample r = exampleCase.response();
            return new StubReply(r.status(), r.headers(), responseBody());
        }
        // The page shows no response: answer the operation's first 2xx with an empty body of its shape, so the
        // call completes; only the request is checked.
        SpecOperation op = operation.get();
        for (Map.Entry<String, ApiResponse> e : op.operation().getResponses().entrySet()) {
            if (!e.getKey().matches("2\\d\\d")) {
                continue;
            }
            int status = Integer.parseInt(e.getKey());
            Optional<Schema<?>> schema = op.responseSchema(status);
            String body = schema.map(s -> "array".equals(s.getType()) ? "[]" : "{}").orElse("");
            placeholderNote = "the case documents no response; the stub answered a placeholder HTTP " + status
                    + (body.isEmpty() ? "" : " " + body) + " and only the request is checked";
            return new StubReply(status, body.isEmpty() ? List.of()
                    : List.of(new HttpHeader(CONTENT_TYPE, "application/json; charset=utf-8")), body);
        }
        placeholderNote = "the case documents no response and the operation has no 2xx; the stub answered 204";
        return new StubReply(204, List.of(), "");
    }

    /**
     * The request body the checks use: the corrected one of an erratum, or the documented one; bound as the
     * service binds it when the spec declares a tolerance ({@link ServiceTolerance}), so that the replay sends,
     * and the comparison expects, the body the schema describes.
     */
    private String requestBody() {
        return bound(correctedBody(Check.REQUEST_MATCHES_SPEC)
                .map(e -> suite.errata().correctedBodyText(e))
                .orElse(exampleCase.request().body())).body();
    }

    /** A request body bound under the operation's declared tolerance (unchanged without an operation). */
    private ServiceTolerance.Bound bound(String body) {
        if (operation.isEmpty()) {
            return new ServiceTolerance.Bound(body == null ? "" : body, List.of());
        }
        SpecOperation op = operation.get();
        return op.requestTolerance().bind(body, op.requestBodySchema().orElse(null));
    }

    /**
     * The findings of a bound body's deviations: tolerated ones as tolerated by the service (standing ones when
     * the run is strict), a property sent twice in two casings as a standing finding. (A property unknown under
     * any casing is kept in the bound body, and the schema check reports it.)
     */
    private List<Finding> deviations(Check check, ServiceTolerance.Bound bound) {
        List<Finding> out = new ArrayList<>();
        for (ServiceTolerance.Deviation d : bound.deviations()) {
            String name = exampleCase.name();
            switch (d.kind()) {
                case PROPERTY_NAME_CASE:
                case NULL_FOR_OPTIONAL: {
                    String key = Finding.TOLERATED_KEY_PREFIX + (d.kind() == ServiceTolerance.Deviation.Kind
                            .PROPERTY_NAME_CASE ? ServiceTolerance.PROPERTY_NAME_CASE
                            : ServiceTolerance.NULL_FOR_OPTIONAL);
                    String expected = d.kind() == ServiceTolerance.Deviation.Kind.PROPERTY_NAME_CASE ? d.expected()
                            : "no " + d.expected() + " (or a value)";
                    out.add(suite.strict()
                            ? Finding.of(name, check, key, d.pointer(), expected, d.found(), d.describe()
                                    + "; refused because the run is strict")
                            : Finding.tolerated(name, check, key, d.pointer(), expected, d.found(), d.describe(),
                                    d.tolerance()));
                    break;
                }
                default:
                    out.add(Finding.of(name, check, DUPLICATE_PROPERTY, d.pointer(), d.expected(), d.found(),
                            d.describe()));
                    break;
            }
        }
        return out;
    }

    private String responseBody() {
        return correctedBody(Check.RESPONSE_MATCHES_SPEC)
                .map(e -> suite.errata().correctedBodyText(e))
                .orElse(exampleCase.response().body());
    }

    private Optional<Erratum> correctedBody(Check check) {
        return suite.errata().correctedBody(exampleCase.name(), check);
    }

    private boolean requireOperation(Check check, List<Finding> findings) {
        if (operation.isPresent()) {
            return true;
        }
        HttpExample r = exampleCase.request();
        findings.add(Finding.of(exampleCase.name(), check, "conformance.operation.unknown", null,
                "an operation of the spec", r.method() + " " + r.path(),
                "the documented request fits no operation of the spec, so the client cannot be driven"));
        return false;
    }

    private String describe(ReplayOutcome o) {
        StringBuilder b = new StringBuilder();
        b.append(o.called() ? "called " + o.facadeCall() : "called nothing");
        b.append("; the server received ").append(o.received().size()).append(" request(s)");
        o.failure().ifPresent(t -> b.append("; the client threw ").append(t.getClass().getSimpleName())
                .append(": ").append(t.getMessage()));
        correctedBody(Check.REQUEST_MATCHES_SPEC).ifPresent(e -> b.append("; request body from erratum ")
                .append(e.id()));
        correctedBody(Check.RESPONSE_MATCHES_SPEC).ifPresent(e -> b.append("; response body from erratum ")
                .append(e.id()));
        if (placeholderNote != null) {
            b.append("; ").append(placeholderNote);
        }
        return b.toString();
    }

    private String framing(String what, HttpExample example) {
        if (exampleCase.origin() == Origin.CAPTURED) {
            return what + " as captured";
        }
        return example.framingNotes().isEmpty() ? what + " framing: clean"
                : what + " framing slips tolerated: " + example.framingNotes();
    }
}
