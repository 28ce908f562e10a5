package io.github.pctransfers.conformance.errata;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the errata did during a run: which errata excused a finding (applied), which had their check run on their
 * case and excused nothing (stale: the documentation was fixed, or the erratum is wrong), and which were never
 * exercised. Thread-safe.
 */
public final class ErrataLedger {
    private final Errata errata;
    private final Map<String, List<Finding>> excusedByErratum = new LinkedHashMap<>();
    private final Set<String> checksRun = new LinkedHashSet<>();

    /**
     * Creates a {@code ErrataLedger}.
     *
     * @param errata the errata
     */
    public ErrataLedger(Errata errata) {
        this.errata = Objects.requireNonNull(errata, "errata");
    }

    /**
     * Records that a check ran on a case (so its errata had their chance to apply).
     *
     * @param caseName the case name
     * @param check the check
     */
    public synchronized void recordCheckRun(String caseName, Check check) {
        checksRun.add(key(caseName, check));
    }

    /**
     * Records that an erratum excused a finding.
     *
     * @param erratum the erratum
     * @param finding the finding
     */
    public synchronized void recordApplied(Erratum erratum, Finding finding) {
        excusedByErratum.computeIfAbsent(erratum.id(), k -> new ArrayList<>()).add(finding);
    }

    /**
     * The errata that excused at least one finding.
     *
     * @return the errata that excused at least one finding
     */
    public synchronized List<Erratum> applied() {
        return errata.all().stream().filter(e -> excusedByErratum.containsKey(e.id())).toList();
    }

    /**
     * The errata whose check ran on their case and excused nothing.
     *
     * @return the errata whose check ran on their case and excused nothing
     */
    public synchronized List<Erratum> stale() {
        return errata.all().stream()
                .filter(e -> checksRun.contains(key(e.caseName(), e.check())) && !excusedByErratum.containsKey(e.id()))
                .toList();
    }

    /**
     * The errata whose check never ran on their case.
     *
     * @return the errata whose check never ran on their case
     */
    public synchronized List<Erratum> unexercised() {
        return errata.all().stream().filter(e -> !checksRun.contains(key(e.caseName(), e.check()))).toList();
    }

    /**
     * The findings an erratum excused.
     *
     * @param erratumId the erratum id
     * @return the findings an erratum excused
     */
    public synchronized List<Finding> excusedBy(String erratumId) {
        return Collections.unmodifiableList(new ArrayList<>(excusedByErratum.getOrDefault(erratumId, List.of())));
    }

    private static String key(String caseName, Check check) {
        return caseName + "\u0000" + check.id();
    }
}
