package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCaseLoader;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.ErrataLedger;
import io.github.pctransfers.conformance.errata.Erratum;
import io.github.pctransfers.conformance.replay.ClientReplay;
import io.github.pctransfers.conformance.spec.ResponseMutator;
import io.github.pctransfers.conformance.spec.SpecValidator;
import io.github.pctransfers.conformance.spec.TransfersSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a conformance run needs, loaded once: the spec, its validator, the errata with their ledger, and the
 * example cases. Start a {@link CaseRun} per case to run its checks.
 *
 * <p>Which checks a case gets: every case gets {@link Check#REQUEST_MATCHES_SPEC} and
 * {@link Check#CLIENT_SENDS_DOCUMENTED_REQUEST}; a case with a response also gets
 * {@link Check#RESPONSE_MATCHES_SPEC} and {@link Check#CLIENT_REPRODUCES_DOCUMENTED_RESPONSE}; a response with a
 * body also gets the two mutation checks.
 */
public final class ConformanceSuite implements AutoCloseable {
    private final OpenApiBundle bundle;
    private final TransfersSpec spec;
    private final SpecValidator validator;
    private final ResponseMutator mutator;
    private final Errata errata;
    private final ErrataLedger ledger;
    private final ExampleCases cases;

    private ConformanceSuite(OpenApiBundle bundle, SpecValidator validator) {
        this.bundle = bundle;
        this.validator = validator;
        this.spec = validator.spec();
        this.mutator = new ResponseMutator(spec.openApi());
        this.errata = Errata.load(bundle);
        this.ledger = new ErrataLedger(errata);
        this.cases = ExampleCaseLoader.load(bundle);
        List<Erratum> orphans = errata.withUnknownCase(cases);
        if (!orphans.isEmpty()) {
            throw new IllegalStateException("errata.yaml names cases that do not exist: " + orphans);
        }
    }

    /** A suite over a bundle; closing the suite closes the bundle. */
    public static ConformanceSuite load(OpenApiBundle bundle) {
        Objects.requireNonNull(bundle, "bundle");
        return new ConformanceSuite(bundle,
                new SpecValidator(TransfersSpec.parse(bundle.read(OpenApiBundle.SPEC_FILE))));
    }

    /**
     * A suite over a bundle that reuses a validator already built for the same spec (building one takes about a
     * second); closing the suite closes the bundle.
     *
     * @throws IllegalArgumentException when the validator was built from another spec than the bundle's
     */
    public static ConformanceSuite load(OpenApiBundle bundle, SpecValidator validator) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(validator, "validator");
        if (!validator.spec().text().equals(bundle.read(OpenApiBundle.SPEC_FILE))) {
            throw new IllegalArgumentException("the validator was built from another spec than " + bundle.specFile());
        }
        return new ConformanceSuite(bundle, validator);
    }

    /** A suite over the openapi bundle on the classpath. */
    public static ConformanceSuite loadBundled() {
        return load(OpenApiBundle.fromClasspath());
    }

    public OpenApiBundle bundle() {
        return bundle;
    }

    public TransfersSpec spec() {
        return spec;
    }

    public SpecValidator validator() {
        return validator;
    }

    ResponseMutator mutator() {
        return mutator;
    }

    public Errata errata() {
        return errata;
    }

    /** What the errata did so far in this run: applied, stale, unexercised. */
    public ErrataLedger ledger() {
        return ledger;
    }

    public ExampleCases cases() {
        return cases;
    }

    /** The checks a case gets, in the order they run. */
    public List<Check> checksFor(ExampleCase exampleCase) {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.REQUEST_MATCHES_SPEC);
        if (exampleCase.hasResponse()) {
            checks.add(Check.RESPONSE_MATCHES_SPEC);
        }
        checks.add(Check.CLIENT_SENDS_DOCUMENTED_REQUEST);
        if (exampleCase.hasResponse()) {
            checks.add(Check.CLIENT_REPRODUCES_DOCUMENTED_RESPONSE);
        }
        if (exampleCase.hasResponseBody()) {
            checks.add(Check.MUTATED_RESPONSE_WRONG_TYPE);
            checks.add(Check.MUTATED_RESPONSE_MISSING_REQUIRED);
        }
        return checks;
    }

    /**
     * Starts running the checks of one case. The client replay is done once, on first need, and shared by the
     * checks that use it.
     *
     * @param replay the replay to drive the client with (its WireMock server is reset for this case)
     */
    public CaseRun start(ExampleCase exampleCase, ClientReplay replay) {
        return new CaseRun(this, exampleCase, replay);
    }

    @Override
    public void close() {
        bundle.close();
    }
}
