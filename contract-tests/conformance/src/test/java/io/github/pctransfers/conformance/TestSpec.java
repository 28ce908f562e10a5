package io.github.pctransfers.conformance;

import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.internal.spec.SpecValidator;
import io.github.pctransfers.conformance.internal.spec.TransfersSpec;

/** The bundled spec and its validator, built once for all unit tests of the test JVM (each costs about a second). */
public final class TestSpec {
    private static TransfersSpec spec;
    private static SpecValidator validator;

    private TestSpec() {
    }

    public static synchronized TransfersSpec spec() {
        if (spec == null) {
            try (OpenApiBundle bundle = OpenApiBundle.fromClasspath()) {
                spec = TransfersSpec.parse(bundle.read(OpenApiBundle.SPEC_FILE));
            }
        }
        return spec;
    }

    public static synchronized SpecValidator validator() {
        if (validator == null) {
            validator = new SpecValidator(spec());
        }
        return validator;
    }
}
