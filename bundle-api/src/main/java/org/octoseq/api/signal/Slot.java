package org.octoseq.api.signal;

/**
 * One node's entry in an {@link EvalContext}: its memoised value for the current frame and its private state
 * (smoothing memory, delay history…). Entries are keyed by the node's structural key, so every instance of
 * the same chain shares one slot. Only the owning context's thread touches the mutable fields.
 */
final class Slot {

    final EvalContext owner;
    final String key;
    /** Frame serial of the context for which {@link #value} is valid: the last frame this node was evaluated. */
    long epoch = Long.MIN_VALUE;
    /** Frame serial at which a node that is not memoised last used this slot (see {@link EvalContext#usedSlot}). */
    long used = Long.MIN_VALUE;
    double value;
    /** Node-specific mutable state, created by the node on its first evaluation. */
    Object state;
    /** Set when the context dropped this slot, so node-local caches stop using it. */
    boolean evicted;

    Slot(EvalContext owner, String key) {
        this.owner = owner;
        this.key = key;
    }
}
