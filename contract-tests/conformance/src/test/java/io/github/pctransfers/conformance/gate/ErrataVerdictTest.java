package io.github.pctransfers.conformance.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.pctransfers.conformance.Check;
import io.github.pctransfers.conformance.Finding;
import io.github.pctransfers.conformance.Fixtures;
import io.github.pctransfers.conformance.errata.Errata;
import io.github.pctransfers.conformance.errata.ErrataLedger;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An erratum is applied or stale, and a stale one says why. */
class ErrataVerdictTest {
    private final Errata errata = Errata.parse(Fixtures.read("errata/two-errata.yaml"));

    @Test
    void anErratumThatExcusedAFindingIsAppliedWithItsCount() {
        ErrataLedger ledger = new ErrataLedger(errata);
        ledger.recordCheckRun("some-case", Check.REQUEST_MATCHES_SPEC);
        errata.excuse(List.of(Finding.of("some-case", Check.REQUEST_MATCHES_SPEC,
                "validation.request.body.schema.pattern", "/sourcePartnerTenantId", null, null, "x")), ledger);

        ErrataVerdict verdict = ErrataVerdict.of(errata, ledger, Set.of("some-case", "other-case"));

        assertThat(verdict.applied()).extracting(a -> a.erratum().id(), ErrataVerdict.Applied::excused)
                .containsExactly(tuple("tenant-not-a-guid", 1));
        assertThat(verdict.stale()).extracting(s -> s.erratum().id(), ErrataVerdict.Stale::reason).containsExactly(
                tuple("body-not-json", "check response-matches-spec does not run on case other-case"));
    }

    @Test
    void anErratumWhoseCheckRanAndExcusedNothingOrWhoseCaseIsGoneIsStale() {
        ErrataLedger ledger = new ErrataLedger(errata);
        ledger.recordCheckRun("some-case", Check.REQUEST_MATCHES_SPEC);

        ErrataVerdict verdict = ErrataVerdict.of(errata, ledger, Set.of("some-case"));

        assertThat(verdict.applied()).isEmpty();
        assertThat(verdict.stale()).extracting(ErrataVerdict.Stale::reason).containsExactly(
                "check request-matches-spec ran on case some-case and found nothing this erratum covers: the"
                        + " documentation was fixed, or the erratum is wrong",
                "its case other-case is not among the checked cases (renamed or deleted?)");
        assertThat(verdict.problems()).extracting(Problem::subject, Problem::check, Problem::key, Problem::pointer)
                .containsExactly(
                        tuple("tenant-not-a-guid", "errata", "conformance.erratum.stale", "/sourcePartnerTenantId"),
                        tuple("body-not-json", "errata", "conformance.erratum.stale", null));
    }
}
