package org.octoseq.api.signal;

/**
 * The {@code signal} global of scripts, also bound as {@code Signal} (a user variable named {@code signal}
 * cannot hide that one): the factory of conditional signals.
 */
public final class SignalNamespace {

    /** Starts {@code select().when(condition, value)….otherwise(fallback)}; see {@link SelectBuilder}. */
    public SelectBuilder select() {
        return Signal.select();
    }

    @Override
    public String toString() {
        return "signal";
    }
}
