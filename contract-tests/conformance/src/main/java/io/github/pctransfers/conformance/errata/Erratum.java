package io.github.pctransfers.conformance.errata;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import java.util.Objects;

/**
 * One place where a documented example is wrong, and how the tests treat it.
 *
 * <p>An erratum matches a finding of its case and check whose message key and JSON pointer equal the erratum's
 * (each is compared only when the erratum gives it; at least one is given). Matching is exact, so an erratum never
 * excuses more than the one slip it describes.
 *
 * @param id         a stable id, e.g. {@code eligibility-response-missing-comma}
 * @param caseName   the example case (folder name)
 * @param check      the check whose finding it excuses
 * @param messageKey the finding's message key, or null to match any key at {@code pointer}
 * @param pointer    the finding's JSON pointer, or null to match any pointer with {@code messageKey}
 * @param what       what is wrong in the documented example
 * @param source     the documentation page (and copy) the example comes from
 * @param treatment  a corrected body, or a named tolerance
 */
public record Erratum(String id, String caseName, Check check, String messageKey, String pointer, String what,
        String source, Treatment treatment) {

    /**
     * Checks and copies the components.
     *
     * @param caseName the example case (folder name)
     * @param check the check whose finding it excuses
     * @param id a stable id, e.g. {@code eligibility-response-missing-comma}
     * @param messageKey the finding's message key, or null to match any key at {@code pointer}
     * @param pointer the finding's JSON pointer, or null to match any pointer with {@code messageKey}
     * @param source the documentation page (and copy) the example comes from
     * @param treatment a corrected body, or a named tolerance
     * @param what what is wrong in the documented example
     */
    public Erratum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(treatment, "treatment");
        if (messageKey == null && pointer == null) {
            throw new IllegalArgumentException("erratum " + id + " must name a messageKey, a pointer or both");
        }
    }

    /**
     * Whether this erratum excuses the finding.
     *
     * @param finding the finding
     * @return whether this erratum excuses the finding
     */
    public boolean matches(Finding finding) {
        return finding.caseName().equals(caseName)
                && finding.check() == check
                && (messageKey == null || messageKey.equals(finding.messageKey()))
                && (pointer == null || pointer.equals(finding.pointer()));
    }

    @Override
    public String toString() {
        return id + " (" + caseName + " / " + check.id() + ": " + treatment.describe() + ")";
    }
}
