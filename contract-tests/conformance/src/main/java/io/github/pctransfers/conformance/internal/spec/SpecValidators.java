package io.github.pctransfers.conformance.internal.spec;


/**
 * The validator of the last spec used in this JVM. Building one parses the spec twice and takes about a second;
 * a JVM that runs the tool many times (tests, a build plugin) with the same spec builds it once.
 */
public final class SpecValidators {
    private static SpecValidator last;

    private SpecValidators() {
    }

    /**
     * The validator for a spec text.
     *
     * @param specText the spec text
     * @return the validator for a spec text
     * @throws IllegalArgumentException when the text is not a usable OpenAPI 3 document
     */
    public static synchronized SpecValidator forText(String specText) {
        if (last == null || !specText.equals(last.spec().text())) {
            last = new SpecValidator(TransfersSpec.parse(specText));
        }
        return last;
    }
}
