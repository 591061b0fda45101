package org.octoseq.api.signal;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Whole-track results (pre-evaluated series, statistics, extracted events) keyed by structural key, shared by a
 * context and the statistics passes it starts. Cleared when the inputs or the beat grid change; entries not
 * used for {@link EvalContext#STATE_TTL_FRAMES} frames of the owning context are dropped.
 */
final class TrackCache {

    private static final class Entry {
        final Object value;
        long touched;

        Entry(Object value, long touched) {
            this.value = value;
            this.touched = touched;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private long now;
    private long generation;

    /** The cached value for {@code key}, computing it on first use. */
    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        Entry e = entries.get(key);
        if (e == null) {
            T v = compute.get();
            e = new Entry(v, now);
            entries.put(key, e);
        }
        e.touched = now;
        return (T) e.value;
    }

    void clear() {
        entries.clear();
        generation++;
    }

    /** Grows whenever the cache is cleared, so a node holding a whole-track result knows it is stale. */
    long generation() {
        return generation;
    }

    void advance(long frameSerial, long ttl) {
        now = frameSerial;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            if (it.next().touched < frameSerial - ttl) {
                it.remove();
            }
        }
    }

    int size() {
        return entries.size();
    }
}
