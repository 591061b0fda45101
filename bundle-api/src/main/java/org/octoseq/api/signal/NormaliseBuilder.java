package org.octoseq.api.signal;

/**
 * {@code signal.normalise.*}: scaling to 0..1. {@code global} and {@code robust} use the real whole-track
 * statistics of the signal they are applied to (computed on first use from a private pass over the track).
 */
public final class NormaliseBuilder {

    private final Signal source;

    NormaliseBuilder(Signal source) {
        this.source = source;
    }

    /** {@code (v - min) / (max - min)} over the whole track, clamped to 0..1; 0.5 when the signal is flat. */
    public Signal global() {
        return new NormaliseNodes.Stats(NormaliseNodes.Mode.GLOBAL, source);
    }

    /** Like {@link #global()} with the 5th and 95th percentiles, so rare outliers do not squash the range. */
    public Signal robust() {
        return new NormaliseNodes.Stats(NormaliseNodes.Mode.ROBUST, source);
    }

    /**
     * Maps {@code [lo, hi]} <em>to</em> 0..1 (clamped); 0.5 when {@code hi <= lo}. Despite the name it does
     * not map into {@code [lo, hi]}: use {@code map(0, 1, lo, hi)} for that.
     */
    public Signal to_range(double lo, double hi) {
        return new NormaliseNodes.ToRange(source, lo, hi);
    }

    @Override
    public String toString() {
        return source.describe() + ".normalise";
    }
}
