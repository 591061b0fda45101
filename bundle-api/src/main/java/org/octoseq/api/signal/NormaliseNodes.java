package org.octoseq.api.signal;

/** Normalisation to 0..1 (spec §3.10) from whole-track statistics of the source, computed on first use. */
final class NormaliseNodes {

    private NormaliseNodes() {
    }

    static double unit(double v, double lo, double hi) {
        double range = hi - lo;
        if (!(range > 0)) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, (v - lo) / range));
    }

    enum Mode { GLOBAL, ROBUST }

    /** {@code (v - min)/(max - min)} (global) or with p5/p95 (robust), clamped to 0..1; 0.5 for a flat source. */
    static final class Stats extends Node {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        private final Mode mode;
        private final Signal src;

        Stats(Mode mode, Signal src) {
            super("normalise." + mode.name().toLowerCase(), new Signal[] {src});
            this.mode = mode;
            this.src = src;
        }

        /**
         * The statistics as last looked up, valid while the context's track cache and its generation are unchanged:
         * the range this mode maps to 0..1, or {@code stats == null} when there is no track to take them from.
         */
        private record Held(TrackStats stats, double lo, double hi, TrackCache cache, long generation) {

            Held(TrackStats stats, Mode mode, TrackCache cache) {
                this(stats, stats == null ? 0 : mode == Mode.GLOBAL ? stats.min() : stats.p5(),
                        stats == null ? 0 : mode == Mode.GLOBAL ? stats.max() : stats.p95(), cache, cache.generation());
            }

            boolean validFor(TrackCache c) {
                return cache == c && generation == c.generation();
            }
        }

        /** This instance's own copy, in front of the shared one in the slot (a rebuilt chain finds that one). */
        private Held mine;

        /** Pure given the statistics: recomputing {@code unit(v)} is cheaper than the memo. */
        @Override
        boolean isPure() {
            return true;
        }

        @Override
        protected double compute(EvalContext ctx) {
            TrackCache cache = ctx.trackCache();
            Held held = mine;
            if (held == null || !held.validFor(cache)) {
                Slot slot = ctx.slot(this);
                held = (Held) slot.state;
                if (held == null || !held.validFor(cache)) {
                    held = new Held(TrackStats.of(src, ctx), mode, cache);
                    slot.state = held;
                }
                mine = held;
            }
            double v = src.eval(ctx);
            if (held.stats() == null) {
                ctx.warnOnce(op + "() needs the track duration (no sampled input reachable and none set); passing "
                        + "values through");
                return v;
            }
            return unit(v, held.lo(), held.hi());
        }
    }

    /** Maps [lo, hi] to 0..1, clamped; 0.5 when {@code hi <= lo}. */
    static final class ToRange extends Node {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        @Override
        boolean isPure() {
            return true;
        }
        private final Signal src;
        private final double lo;
        private final double hi;

        ToRange(Signal src, double lo, double hi) {
            super("normalise.to_range", new Signal[] {src}, lo, hi);
            this.src = src;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected double compute(EvalContext ctx) {
            return unit(src.eval(ctx), lo, hi);
        }
    }
}
