package io.github.pctransfers.conformance.internal;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.internal.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.ErrataLedger;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.internal.replay.ClientReplay;
import io.github.pctransfers.conformance.internal.spec.ResponseMutator;
import io.github.pctransfers.conformance.internal.spec.SpecValidator;
import io.github.pctransfers.conformance.internal.spec.TransfersSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a conformance run needs, loaded once: the spec, its validator, the errata with their ledger, and the
 * example cases. Start a {@link CaseRun} per case to run its checks.
 *
 * <p>Which checks a case gets: every case gets {@link Check#REQUEST_MATCHES_SPEC} and
 * {@link Check#CLIENT_SENDS_DOCUMENTED_REQUEST}; a case with a response also gets
 * {@link Check#RESPONSE_MATCHES_SPEC} and {@link Check#CLIENT_REPRODUCES_DOCUMENTED_RESPONSE}; a response with a
 * body also gets the two mutation checks. A {@linkplain Origin#CAPTURED captured} exchange always gets
 * {@link Check#RESPONSE_MATCHES_SPEC} (a capture without a response is a finding there) and never the mutation
 * checks: those show that the spec check is alive, which the project's own examples already do, and would double
 * the cost of a large capture.
 *
 * <p>Thread-safe: cases may run on several threads at once, each with its own {@link ClientReplay}.
 */
public final class ConformanceSuite implements AutoCloseable {
    private final OpenApiBundle bundle;
    private final TransfersSpec spec;
    private final SpecValidator validator;
    private final ResponseMutator mutator;
    private final Errata errata;
    private final ErrataLedger ledger;
    private final ExampleCases cases;
    private final boolean strict;

    private ConformanceSuite(OpenApiBundle bundle, SpecValidator validator, Errata errata, ExampleCases cases,
            boolean strict) {
        this.bundle = bundle;
        this.validator = validator;
        this.spec = validator.spec();
        this.mutator = new ResponseMutator(spec.openApi());
        this.errata = errata;
        this.ledger = new ErrataLedger(errata);
        this.cases = cases;
        this.strict = strict;
    }

    private static ConformanceSuite ofBundle(OpenApiBundle bundle, SpecValidator validator) {
        Errata errata = Errata.load(bundle);
        ExampleCases cases = ExampleCaseLoader.load(bundle);
        List<Erratum> orphans = errata.withUnknownCase(cases);
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("errata.yaml names cases that do not exist: " + orphans);
        }
        return new ConformanceSuite(bundle, validator, errata, cases, false);
    }

    /**
     * A suite assembled from parts, for cases that do not come from a bundle (a folder of examples, a capture).
     * Errata naming a case that is not among {@code cases} are accepted here; they never apply, and the
     * {@linkplain ErrataLedger#unexercised() ledger} shows them as never exercised.
     *
     * @param validator the validator
     * @param errata the errata
     * @param cases the cases known up front (may be empty: {@link #start} accepts any case, e.g. one streamed from
     *              a capture)
     * @return a suite assembled from parts, for cases that do not come from a bundle (a folder of examples, a capture)
     */
    public static ConformanceSuite of(SpecValidator validator, Errata errata, ExampleCases cases) {
        return of(validator, errata, cases, false);
    }

    /**
     * As {@link #of(SpecValidator, Errata, ExampleCases)}, strict or not.
     *
     * @param strict whether what the spec declares the service tolerates ({@code x-tolerated-by-service}) fails
     *               the checks; when false, it is reported as tolerated and passes
     * @param validator the validator
     * @param errata the errata
     * @param cases the cases
     * @return as {@link #of(SpecValidator, Errata, ExampleCases)}, strict or not
     */
    public static ConformanceSuite of(SpecValidator validator, Errata errata, ExampleCases cases, boolean strict) {
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(errata, "errata");
        Objects.requireNonNull(cases, "cases");
        return new ConformanceSuite(null, validator, errata, cases, strict);
    }

    /**
     * Whether what the service tolerates fails the checks ({@code check --strict}); otherwise it is reported as
     * tolerated by the service and passes.
     *
     * @return whether what the service tolerates fails the checks ({@code check --strict}); otherwise it is reported as tolerated by the service and passes
     */
    public boolean strict() {
        return strict;
    }

    /**
     * A suite over a bundle; closing the suite closes the bundle.
     *
     * @param bundle the bundle
     * @return a suite over a bundle; closing the suite closes the bundle
     */
    public static ConformanceSuite load(OpenApiBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return ofBundle(bundle, new SpecValidator(TransfersSpec.parse(bundle.read(OpenApiBundle.SPEC_FILE))));
    }

    /**
     * A suite over a bundle that reuses a validator already built for the same spec (building one takes about a
     * second); closing the suite closes the bundle.
     *
     * @param bundle the bundle
     * @param validator the validator
     * @return a suite over a bundle that reuses a validator already built for the same spec (building one takes about
     *     a second); closing the suite closes the bundle
     * @throws IllegalArgumentException when the validator was built from another spec than the bundle's
     */
    public static ConformanceSuite load(OpenApiBundle bundle, SpecValidator validator) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(validator, "validator");
        if (!validator.spec().text().equals(bundle.read(OpenApiBundle.SPEC_FILE))) {
            throw new IllegalArgumentException("the validator was built from another spec than " + bundle.specFile());
        }
        return ofBundle(bundle, validator);
    }

    /**
     * A suite over the openapi bundle on the classpath.
     *
     * @return a suite over the openapi bundle on the classpath
     */
    public static ConformanceSuite loadBundled() {
        return load(OpenApiBundle.fromClasspath());
    }

    /**
     * The bundle the suite was loaded from; empty for a suite assembled with {@link #of}.
     *
     * @return the bundle the suite was loaded from; empty for a suite assembled with {@link #of}
     */
    public Optional<OpenApiBundle> bundle() {
        return Optional.ofNullable(bundle);
    }

    /** {@return the spec} */
    public TransfersSpec spec() {
        return spec;
    }

    /** {@return the validator} */
    public SpecValidator validator() {
        return validator;
    }

    ResponseMutator mutator() {
        return mutator;
    }

    /** {@return the errata} */
    public Errata errata() {
        return errata;
    }

    /**
     * What the errata did so far in this run: applied, stale, unexercised.
     *
     * @return what the errata did so far in this run: applied, stale, unexercised
     */
    public ErrataLedger ledger() {
        return ledger;
    }

    /** {@return the cases} */
    public ExampleCases cases() {
        return cases;
    }

    /**
     * The checks a case gets, in the order they run. A {@linkplain ExampleCase#isWebhookDelivery() webhook
     * delivery} gets {@link Check#REQUEST_MATCHES_SPEC} only: its body against the spec's {@code WebhookEvent}
     * schema. It calls no operation, and its answer is the partner's own receiver's.
     *
     * @param exampleCase the example case
     * @return the checks, in the order they run
     */
    public List<Check> checksFor(ExampleCase exampleCase) {
        if (exampleCase.isWebhookDelivery()) {
            return List.of(Check.REQUEST_MATCHES_SPEC);
        }
        boolean captured = exampleCase.origin() == Origin.CAPTURED;
        List<Check> checks = new ArrayList<>();
        checks.add(Check.REQUEST_MATCHES_SPEC);
        if (exampleCase.hasResponse() || captured) {
            checks.add(Check.RESPONSE_MATCHES_SPEC);
        }
        checks.add(Check.CLIENT_SENDS_DOCUMENTED_REQUEST);
        if (exampleCase.hasResponse()) {
            checks.add(Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE);
        }
        if (exampleCase.hasResponseBody() && !captured) {
            checks.add(Check.MUTATED_RESPONSE_WRONG_TYPE);
            checks.add(Check.MUTATED_RESPONSE_MISSING_REQUIRED);
        }
        return checks;
    }

    /**
     * Starts running the checks of one case. The client replay is done once, on first need, and shared by the
     * checks that use it.
     *
     * @param exampleCase the example case
     * @param replay the replay to drive the client with (its WireMock server is reset for this case)
     * @return the case run
     */
    public CaseRun start(ExampleCase exampleCase, ClientReplay replay) {
        return new CaseRun(this, exampleCase, replay);
    }

    /** Closes the bundle, if the suite was loaded from one. */
    @Override
    public void close() {
        if (bundle != null) {
            bundle.close();
        }
    }
}
