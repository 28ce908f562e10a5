package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.model.TransferIds;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Over generated input: any GUID in any letter case passes unchanged; anything else is refused. */
class TransferIdsPropertyTest {
    private static final Pattern GUID =
            Pattern.compile("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");

    @Provide
    Arbitrary<String> guidsInAnyCase() {
        return net.jqwik.api.Combinators.combine(hex(8), hex(4), hex(4), hex(4), hex(12))
                .as((a, b, c, d, e) -> a + "-" + b + "-" + c + "-" + d + "-" + e);
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(length);
    }

    @Property
    void everyGuidShapeIsAcceptedAsGiven(@ForAll("guidsInAnyCase") String id) {
        assertThat(TransferIds.requireGuid("transferId", id)).isSameAs(id);
    }

    @Property
    void aGuidWithAnyCharacterInsertedIsRefused(@ForAll("guidsInAnyCase") String id,
            @ForAll char extra, @ForAll("positions") int position) {
        String changed = id.substring(0, position) + extra + id.substring(position);
        assertThat(TransferIds.isGuid(changed)).isFalse();
    }

    @Property
    void anyCharacterReplacedByAPathOrQueryCharacterIsRefused(@ForAll("guidsInAnyCase") String id,
            @ForAll("positions") int position, @ForAll("unsafe") char unsafe) {
        String changed = id.substring(0, position) + unsafe + id.substring(Math.min(position + 1, id.length()));
        assertThatThrownBy(() -> TransferIds.requireGuid("customerId", changed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void randomUuidsPass(@ForAll("uuids") UUID uuid) {
        assertThat(TransferIds.isGuid(uuid.toString().toUpperCase(java.util.Locale.ROOT))).isTrue();
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 36);
    }

    @Provide
    Arbitrary<Character> unsafe() {
        return Arbitraries.of('/', '\\', '?', '#', '%', '.', ' ', '&', ';', '\n', '\u0000', '\u00a0');
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()));
    }

    /** The hand-written check gives the answer of the 8-4-4-4-12 pattern it replaced, on any text. */
    @Property(tries = 5000)
    void theHandCheckAgreesWithThePattern(@ForAll("nearGuids") String value) {
        assertThat(TransferIds.isGuid(value)).as(value).isEqualTo(GUID.matcher(value).matches());
    }

    /** GUIDs in any case, with one character replaced, dropped or added, and arbitrary short texts. */
    @Provide
    Arbitrary<String> nearGuids() {
        Arbitrary<String> guid = Arbitraries.create(() -> UUID.randomUUID().toString())
                .flatMap(g -> Arbitraries.of(g, g.toUpperCase(java.util.Locale.ROOT)));
        Arbitrary<String> replaced = guid.flatMap(g -> Arbitraries.integers().between(0, 35)
                .flatMap(i -> Arbitraries.chars().range(' ', '\u00ff')
                        .map(c -> g.substring(0, i) + c + g.substring(i + 1))));
        Arbitrary<String> dropped = guid.flatMap(g -> Arbitraries.integers().between(0, 35)
                .map(i -> g.substring(0, i) + g.substring(i + 1)));
        Arbitrary<String> added = guid.flatMap(g -> Arbitraries.integers().between(0, 36)
                .flatMap(i -> Arbitraries.chars().alpha().numeric().with('-')
                        .map(c -> g.substring(0, i) + c + g.substring(i))));
        Arbitrary<String> any = Arbitraries.strings().withChars("0123456789abcdefABCDEFgG-").ofMaxLength(40);
        return Arbitraries.oneOf(guid, replaced, dropped, added, any);
    }
}
