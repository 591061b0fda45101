package org.octoseq.mir.project;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The services a {@link ShowPart} has published, by key (an id or name), each with what it was made from and the
 * action that withdraws it. Replacing an entry publishes the new service before the old one goes, so a script never
 * sees the key missing in between. Not thread-safe: the part synchronises.
 *
 * @param <S> what a part remembers about each published service (its definition, file stamp, data...)
 */
public final class Registrations<S> {

    private record Entry<S>(S state, Runnable withdraw) { }

    private final Map<String, Entry<S>> byKey = new HashMap<>();

    /** What was published under {@code key}, or {@code null}. */
    public S get(String key) {
        Entry<S> e = byKey.get(key);
        return e == null ? null : e.state;
    }

    /** Records a service just published under {@code key} and withdraws the one it replaces. */
    public void put(String key, S state, Runnable withdraw) {
        Entry<S> old = byKey.put(key, new Entry<>(state, withdraw));
        if (old != null) {
            old.withdraw.run();
        }
    }

    /** Withdraws the service under {@code key}, if any. */
    public void remove(String key) {
        Entry<S> old = byKey.remove(key);
        if (old != null) {
            old.withdraw.run();
        }
    }

    /** Withdraws every service whose key is not in {@code keys}. */
    public void retain(Set<String> keys) {
        byKey.entrySet().removeIf(e -> {
            if (keys.contains(e.getKey())) {
                return false;
            }
            e.getValue().withdraw.run();
            return true;
        });
    }

    /** Withdraws everything. */
    public void clear() {
        byKey.values().forEach(e -> e.withdraw.run());
        byKey.clear();
    }
}
