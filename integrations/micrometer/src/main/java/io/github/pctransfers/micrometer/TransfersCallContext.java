package io.github.pctransfers.micrometer;

import io.github.pctransfers.client.observability.CallEnd;
import io.github.pctransfers.client.observability.CallStart;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Micrometer {@link Observation.Context} of one client call: what the call is ({@link #start()}) and, once it
 * is over, how it ended ({@link #end()}). An {@link io.micrometer.observation.ObservationConvention} of
 * {@code TransfersCallContext} reads its tags from here.
 *
 * <p>It keeps its key values as immutable {@link KeyValues}, not in maps as {@link Observation.Context} does: the
 * convention's cached tags are then held as they are, and read back without a copy. The handlers' entries
 * ({@link #put}, {@link #get}, ...; a meter handler puts two) are in a small array rather than a hash map. Both
 * because a call's observation is to cost at most 2 KB more than no observer (docs/PERFORMANCE.md). Everything
 * works as on any context: a key added again takes its new value, null keys and values are refused, and every
 * method is thread-safe.
 */
public class TransfersCallContext extends Observation.Context {
    private final CallStart start;
    private final boolean recordResourceIds;
    private volatile CallEnd end;
    private volatile KeyValues lowCardinality = KeyValues.empty();
    private volatile KeyValues highCardinality = KeyValues.empty();
    /** The handlers' entries: key, value, key, value, ...; null until the first. Guarded by this. */
    private Object[] entries;
    private int entryCount;

    /**
     * @param start             the call
     * @param recordResourceIds whether spans may record the customer and transfer ids
     */
    public TransfersCallContext(CallStart start, boolean recordResourceIds) {
        this.start = Objects.requireNonNull(start, "start");
        this.recordResourceIds = recordResourceIds;
    }

    /**
     * The call, as it started.
     *
     * @return the call, as it started
     */
    public CallStart start() {
        return start;
    }

    /**
     * How the call ended; null while it runs.
     *
     * @return how the call ended; null while it runs
     */
    public CallEnd end() {
        return end;
    }

    /**
     * Whether the customer and transfer ids may be recorded on the span (never as metric tags).
     *
     * @return whether the customer and transfer ids may be recorded on the span
     */
    public boolean recordResourceIds() {
        return recordResourceIds;
    }

    void ended(CallEnd end) {
        this.end = end;
    }

    @Override
    public synchronized <T> Observation.Context put(Object key, T object) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(object, "object");
        int at = indexOf(key);
        if (at >= 0) {
            entries[at + 1] = object;
            return this;
        }
        if (entries == null) {
            entries = new Object[8];
        } else if (entryCount * 2 == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[entryCount * 2] = key;
        entries[entryCount * 2 + 1] = object;
        entryCount++;
        return this;
    }

    @Override
    @SuppressWarnings("unchecked") // as Observation.Context: the caller knows what it put under its key
    public synchronized <T> T get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : (T) entries[at + 1];
    }

    @Override
    public synchronized Object remove(Object key) {
        int at = indexOf(key);
        if (at < 0) {
            return null;
        }
        Object removed = entries[at + 1];
        int last = (entryCount - 1) * 2;
        entries[at] = entries[last];
        entries[at + 1] = entries[last + 1];
        entries[last] = null;
        entries[last + 1] = null;
        entryCount--;
        return removed;
    }

    @Override
    public <T> T getRequired(Object key) {
        T object = get(key);
        if (object == null) {
            throw new IllegalArgumentException("Context does not have an entry for key [" + key + "]");
        }
        return object;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public <T> T getOrDefault(Object key, T defaultObject) {
        T object = get(key);
        return object == null ? defaultObject : object;
    }

    /** As a concurrent map's: {@code mappingFunction} runs at most once per absent key, under this context's lock. */
    @Override
    public synchronized <T> T computeIfAbsent(Object key, Function<Object, ? extends T> mappingFunction) {
        T object = get(key);
        if (object == null) {
            object = mappingFunction.apply(key);
            if (object != null) {
                put(key, object);
            }
        }
        return object;
    }

    @Override
    public synchronized void clear() {
        entries = null;
        entryCount = 0;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < entryCount * 2; i += 2) {
            if (entries[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized Observation.Context addLowCardinalityKeyValue(KeyValue keyValue) {
        lowCardinality = lowCardinality.and(keyValue);
        return this;
    }

    @Override
    public synchronized Observation.Context addLowCardinalityKeyValues(KeyValues keyValues) {
        lowCardinality = merged(lowCardinality, keyValues);
        return this;
    }

    @Override
    public synchronized Observation.Context removeLowCardinalityKeyValue(String keyName) {
        lowCardinality = without(lowCardinality, keyName);
        return this;
    }

    @Override
    public synchronized Observation.Context removeLowCardinalityKeyValues(String... keyNames) {
        for (String keyName : keyNames) {
            lowCardinality = without(lowCardinality, keyName);
        }
        return this;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues() {
        return lowCardinality;
    }

    @Override
    public KeyValue getLowCardinalityKeyValue(String key) {
        return find(lowCardinality, key);
    }

    @Override
    public synchronized Observation.Context addHighCardinalityKeyValue(KeyValue keyValue) {
        highCardinality = highCardinality.and(keyValue);
        return this;
    }

    @Override
    public synchronized Observation.Context addHighCardinalityKeyValues(KeyValues keyValues) {
        highCardinality = merged(highCardinality, keyValues);
        return this;
    }

    @Override
    public synchronized Observation.Context removeHighCardinalityKeyValue(String keyName) {
        highCardinality = without(highCardinality, keyName);
        return this;
    }

    @Override
    public synchronized Observation.Context removeHighCardinalityKeyValues(String... keyNames) {
        for (String keyName : keyNames) {
            highCardinality = without(highCardinality, keyName);
        }
        return this;
    }

    @Override
    public KeyValues getHighCardinalityKeyValues() {
        return highCardinality;
    }

    @Override
    public KeyValue getHighCardinalityKeyValue(String key) {
        return find(highCardinality, key);
    }

    /** As {@link Observation.Context#toString()}, which cannot see the key values and entries kept here. */
    @Override
    public String toString() {
        StringBuilder map = new StringBuilder("[");
        synchronized (this) {
            for (int i = 0; i < entryCount * 2; i += 2) {
                map.append(i == 0 ? "" : ", ").append(entries[i]).append("='").append(entries[i + 1]).append('\'');
            }
        }
        return "name='" + getName() + "', contextualName='" + getContextualName() + "', error='" + getError()
                + "', lowCardinalityKeyValues=" + text(getLowCardinalityKeyValues()) + ", highCardinalityKeyValues="
                + text(getHighCardinalityKeyValues()) + ", map=" + map.append(']') + ", parentObservation="
                + getParentObservation();
    }

    private static String text(KeyValues values) {
        return values.stream().map(v -> String.format("%s='%s'", v.getKey(), v.getValue()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@code current} with {@code added} put over it. When {@code added} has every key of {@code current} (the
     * convention's tags at the call's end hold those of its start), that is {@code added} itself, with no copy.
     */
    static KeyValues merged(KeyValues current, KeyValues added) {
        return hasEveryKeyOf(added, current) ? added : current.and(added);
    }

    /** Whether {@code values} has every key of {@code keys}; both are sorted by key, as every {@link KeyValues}. */
    private static boolean hasEveryKeyOf(KeyValues values, KeyValues keys) {
        Iterator<KeyValue> candidates = values.iterator();
        for (KeyValue wanted : keys) {
            boolean found = false;
            while (!found && candidates.hasNext()) {
                String key = candidates.next().getKey();
                int order = key == wanted.getKey() ? 0 : key.compareTo(wanted.getKey()); // keys are often literals
                if (order > 0) {
                    return false;
                }
                found = order == 0;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static KeyValues without(KeyValues values, String key) {
        return find(values, key) == null ? values
                : KeyValues.of(values.stream().filter(v -> !v.getKey().equals(key)).collect(Collectors.toList()));
    }

    private static KeyValue find(KeyValues values, String key) {
        for (KeyValue value : values) {
            if (value.getKey().equals(key)) {
                return value;
            }
        }
        return null;
    }
}
