package io.github.pctransfers.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pctransfers.client.observability.CallStart;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@link TransfersCallContext} keeps its key values and entries its own way (docs/PERFORMANCE.md): the same steps
 * on it and on a plain {@link Observation.Context} leave both the same.
 */
class TransfersCallContextTest {
    private static final CallStart START = new CallStart("getTransfer", "GET",
            "/v1/customers/{customer-id}/transfers/{transfer-id}", "127.0.0.1", 443,
            "1b6a9c8e-0d3f-4a5b-9c7d-2e1f0a3b4c5d", "5f0e6f2b-0c1d-4d55-9b7a-2f7f0a7b1c3e", null, null);

    private static void bothAfter(Consumer<Observation.Context> steps) {
        Observation.Context plain = new Observation.Context();
        TransfersCallContext ours = new TransfersCallContext(START, false);
        steps.accept(plain);
        steps.accept(ours);
        assertThat(ours.getLowCardinalityKeyValues()).isEqualTo(plain.getLowCardinalityKeyValues());
        assertThat(ours.getHighCardinalityKeyValues()).isEqualTo(plain.getHighCardinalityKeyValues());
        assertThat(ours.getAllKeyValues()).isEqualTo(plain.getAllKeyValues());
        for (String key : List.of("a", "b", "c", "d")) {
            assertThat(ours.getLowCardinalityKeyValue(key)).isEqualTo(plain.getLowCardinalityKeyValue(key));
            assertThat(ours.getHighCardinalityKeyValue(key)).isEqualTo(plain.getHighCardinalityKeyValue(key));
            assertThat(ours.containsKey(key)).isEqualTo(plain.containsKey(key));
            assertThat((Object) ours.get(key)).isEqualTo(plain.get(key));
        }
        if (!plain.containsKey("key0")) { // a plain context lists its entries in hash order, ours as put
            assertThat(ours.toString()).isEqualTo(plain.toString());
        }
    }

    @Test
    void keyValuesAddedAgainTakeTheirNewValueAsOnAPlainContext() {
        bothAfter(c -> c.addLowCardinalityKeyValues(KeyValues.of("b", "1", "a", "1"))
                .addLowCardinalityKeyValues(KeyValues.of("a", "2", "b", "2", "c", "2"))
                .addLowCardinalityKeyValue(KeyValue.of("a", "3"))
                .addHighCardinalityKeyValues(KeyValues.of("d", "1"))
                .addHighCardinalityKeyValues(KeyValues.of("a", "1"))
                .put("b", "an entry"));
    }

    @Test
    void keyValuesAddedThatLackSomeKeysKeepTheOthersAsOnAPlainContext() {
        bothAfter(c -> c.addLowCardinalityKeyValues(KeyValues.of("a", "1", "c", "1"))
                .addLowCardinalityKeyValues(KeyValues.of("b", "2", "c", "2")));
    }

    @Test
    void removedKeyValuesAreGoneAsOnAPlainContext() {
        bothAfter(c -> c.addLowCardinalityKeyValues(KeyValues.of("a", "1", "b", "1", "c", "1"))
                .addHighCardinalityKeyValues(KeyValues.of("a", "1", "d", "1"))
                .removeLowCardinalityKeyValue("b")
                .removeLowCardinalityKeyValues("c", "x")
                .removeHighCardinalityKeyValues("d"));
    }

    @Test
    void entriesArePutReplacedRemovedAndComputedAsOnAPlainContext() {
        bothAfter(c -> {
            for (int i = 0; i < 9; i++) { // more than the first array holds
                c.put("key" + i, i);
            }
            c.put("a", "1");
            c.put("b", "1");
            c.put("a", "2");
            c.remove("key3");
            c.remove("absent");
            c.computeIfAbsent("c", k -> k + "-computed");
            c.computeIfAbsent("a", k -> "not used");
        });
    }

    @Test
    void anEntryIsReadBackRequiredOrWithADefaultAndAMissingOneIsRefusedAsOnAPlainContext() {
        TransfersCallContext context = new TransfersCallContext(START, false);
        context.put(Long.class, 7L);

        assertThat((Long) context.getRequired(Long.class)).isEqualTo(7L);
        assertThat(context.getOrDefault(String.class, "default")).isEqualTo("default");
        Object computed = context.computeIfAbsent(String.class, k -> null);
        assertThat(computed).isNull();
        assertThat(context.containsKey(String.class)).isFalse();
        assertThatThrownBy(() -> context.getRequired(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(catchMessage(() -> new Observation.Context().getRequired(String.class)));
        assertThatThrownBy(() -> context.put("null", null)).isInstanceOf(NullPointerException.class);
        context.clear();
        assertThat(context.containsKey(Long.class)).isFalse();
    }

    @Test
    void theConventionsTagsAtTheEndAreHeldAsTheyAreWhenTheyCoverThoseOfTheStart() {
        TransfersCallContext context = new TransfersCallContext(START, false);
        KeyValues atStart = KeyValues.of("a", "1", "b", "1");
        KeyValues atEnd = KeyValues.of("a", "1", "b", "1", "c", "2");

        context.addLowCardinalityKeyValues(atStart);
        assertThat(context.getLowCardinalityKeyValues()).isSameAs(atStart);
        context.addLowCardinalityKeyValues(atEnd);
        assertThat(context.getLowCardinalityKeyValues()).isSameAs(atEnd);
    }

    private static String catchMessage(Runnable failing) {
        try {
            failing.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("did not fail");
    }
}
