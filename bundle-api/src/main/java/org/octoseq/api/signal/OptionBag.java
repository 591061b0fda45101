package org.octoseq.api.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads a script's option object (a JavaScript object arrives as a {@link Map}). Unknown keys, non-number
 * values for number options and unknown names are reported to the warning sink, naming what is allowed, and
 * the default is used.
 */
final class OptionBag {

    private final String what;
    private final Map<String, ?> options;
    private final Consumer<String> warn;

    OptionBag(String what, Map<String, ?> options, Set<String> allowedKeys, Consumer<String> warn) {
        this.what = what;
        this.options = options == null ? Map.of() : options;
        this.warn = warn;
        for (Object k : this.options.keySet()) {
            if (!allowedKeys.contains(String.valueOf(k))) {
                warn.accept(what + ": unknown option '" + k + "' is ignored; allowed: " + new TreeSet<>(allowedKeys));
            }
        }
    }

    double number(String key, double fallback) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        warn.accept(what + ": option '" + key + "' must be a number, got " + v + "; using " + Describe.number(fallback));
        return fallback;
    }

    <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
        Object v = options.get(key);
        if (v == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(String.valueOf(v))) {
                return e;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).toList();
        warn.accept(what + ": unknown " + key + " '" + v + "', using '" + fallback.name().toLowerCase()
                + "'; allowed: " + allowed);
        return fallback;
    }
}
