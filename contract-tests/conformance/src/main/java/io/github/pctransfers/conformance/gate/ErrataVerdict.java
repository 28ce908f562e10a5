package io.github.pctransfers.conformance.gate;

import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.ErrataLedger;
import io.github.pctransfers.conformance.errata.Erratum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What became of every erratum in a run: applied (it excused at least one finding) or stale. There is no third
 * state: an erratum that did not apply fails the gate, whatever the reason, so errata cannot rot.
 *
 * @param location where the errata were read from
 * @param applied  the errata that excused findings, with how many
 * @param stale    the errata that excused nothing, with the reason
 */
public record ErrataVerdict(String location, List<Applied> applied, List<Stale> stale) {

    /**
     * Checks and copies the components.
     *
     * @param applied the errata that excused findings, with how many
     * @param location where the errata were read from
     * @param stale the errata that excused nothing, with the reason
     */
    public ErrataVerdict {
        Objects.requireNonNull(location, "location");
        applied = List.copyOf(applied);
        stale = List.copyOf(stale);
    }

    /**
     * An erratum that excused findings.
     *
     * @param erratum the erratum
     * @param excused how many findings it excused
     */
    public record Applied(Erratum erratum, int excused) {
    }

    /**
     * An erratum that excused nothing.
     *
     * @param erratum the erratum
     * @param reason  why: its check ran on its case and found nothing it covers, its case was not checked, or its
     *                check does not run on its case
     */
    public record Stale(Erratum erratum, String reason) {
    }

    /**
     * Judges every erratum after a run, from the ledger: {@link ErrataLedger#applied()} are applied;
     * {@link ErrataLedger#stale()} (their check ran on their case and excused nothing) and
     * {@link ErrataLedger#unexercised()} (their check never ran on their case) are stale.
     *
     * @param errata the errata
     * @param ledger the ledger
     * @param checkedCases the names of the cases that were checked, to tell a missing case from a check that does
     *                     not run on it
     * @return the errata verdict
     */
    public static ErrataVerdict of(Errata errata, ErrataLedger ledger, Set<String> checkedCases) {
        return of(errata, ledger, checkedCases, e -> true, errata.location());
    }

    /**
     * Judges the errata a run is about, as {@link #of(Errata, ErrataLedger, Set)} does; the others are left out
     * (a live run judges only the errata of its own check, and uses the others for their corrected bodies).
     *
     * @param errata the errata
     * @param ledger the ledger
     * @param checkedCases the checked cases
     * @param judged   which errata the run is about
     * @param location where the errata came from, and which were judged, for reports
     * @return the errata verdict
     */
    public static ErrataVerdict of(Errata errata, ErrataLedger ledger, Set<String> checkedCases,
            Predicate<Erratum> judged, String location) {
        List<Applied> applied = new ArrayList<>();
        for (Erratum e : ledger.applied()) {
            if (!judged.test(e)) {
                continue;
            }
            applied.add(new Applied(e, ledger.excusedBy(e.id()).size()));
        }
        Map<String, String> reasons = new HashMap<>();
        for (Erratum e : ledger.stale()) {
            reasons.put(e.id(), "check " + e.check().id() + " ran on case " + e.caseName() + " and found nothing"
                    + " this erratum covers: the documentation was fixed, or the erratum is wrong");
        }
        for (Erratum e : ledger.unexercised()) {
            reasons.put(e.id(), checkedCases.contains(e.caseName())
                    ? "check " + e.check().id() + " does not run on case " + e.caseName()
                    : "its case " + e.caseName() + " is not among the checked cases (renamed or deleted?)");
        }
        // In errata file order.
        List<Stale> stale = new ArrayList<>();
        for (Erratum e : errata.all()) {
            if (judged.test(e) && reasons.containsKey(e.id())) {
                stale.add(new Stale(e, reasons.get(e.id())));
            }
        }
        return new ErrataVerdict(location, applied, stale);
    }

    /**
     * The gate's problems: one per stale erratum.
     *
     * @return the gate's problems: one per stale erratum
     */
    public List<Problem> problems() {
        return stale.stream().map(s -> {
            Erratum e = s.erratum();
            String expected = "a finding of " + e.caseName() + " / " + e.check().id()
                    + (e.messageKey() == null ? "" : " with " + e.messageKey())
                    + (e.pointer() == null ? "" : " at " + (e.pointer().isEmpty() ? "(whole body)" : e.pointer()));
            return new Problem(e.id(), "errata", "conformance.erratum.stale", e.pointer(), expected,
                    "nothing to excuse", "stale erratum (source: " + e.source().lines().findFirst().orElse("")
                            + "): " + s.reason());
        }).toList();
    }
}
