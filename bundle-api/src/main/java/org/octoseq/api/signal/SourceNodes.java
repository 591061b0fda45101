package org.octoseq.api.signal;

import java.util.Set;

/** Leaf nodes: constants, sampled data, namespace inputs and transport/beat-grid values (spec §3.2, §5). */
final class SourceNodes {

    private SourceNodes() {
    }

    static final class Constant extends Signal {
        final double v;

        Constant(double v) {
            super(Double.toString(v));
            this.v = v;
            this.memo = false; // nothing to memoise
        }

        @Override
        protected double compute(EvalContext ctx) {
            return v;
        }

        @Override
        double eval(EvalContext ctx) {
            return v;
        }

        @Override
        public String describe() {
            return "Constant(" + Describe.number(v) + ")";
        }
    }

    static final class Sampled extends Signal {
        private final SampledSignal data;

        Sampled(SampledSignal data) {
            super("data@" + Integer.toHexString(System.identityHashCode(data)));
            this.data = data;
        }

        @Override
        protected double compute(EvalContext ctx) {
            return data.sample(ctx.time());
        }

        @Override
        double sample(EvalContext ctx, Sampling sampling) {
            return read(data, ctx, sampling);
        }

        static double read(SampledSignal data, EvalContext ctx, Sampling sampling) {
            return data.sampleWindow(ctx.time(), sampling.windowSeconds(ctx));
        }

        @Override
        double durationHint(EvalContext ctx, Set<Signal> seen) {
            return data.durationSec();
        }

        @Override
        public String describe() {
            return "Sampled(" + data.length() + " @ " + Describe.number(data.rate()) + " Hz)";
        }
    }

    /** An input resolved against the namespace at every frame, read with its {@link Sampling} mode. */
    static final class Input extends Signal {
        private final InputRef ref;
        private final Sampling sampling;

        Input(InputRef ref, Sampling sampling) {
            super("in(" + ref.path() + sampling.keyPart() + ")");
            this.ref = ref;
            this.sampling = sampling;
            // read from a snapshot, sampled data is cheaper to read again than the memo; a custom signal behind the
            // input memoises itself, and a resolver that is not a snapshot is asked once per frame (computeIn)
            this.memo = false;
        }

        /**
         * A resolution against a snapshot resolver, valid while a context reads that resolver (the same
         * {@linkplain EvalContext#inputsStamp() stamp}); {@code data} is the target's samples when it is sampled data,
         * read directly. It holds the target, not the resolver, so an input never keeps a whole namespace.
         */
        private record Resolved(long stamp, Signal target, SampledSignal data) {
        }

        /**
         * The last resolution, read first: no slot, no store. Immutable, so contexts on other threads may replace it at
         * any time. An input no longer read keeps the one signal it last read here (until it is read again, or goes).
         * Behind it the context's slot for this key holds the context's own resolution, for inputs rebuilt every frame
         * (a chain written inside {@code update}) and for one node read by two contexts; that one goes with the slot
         * when the key is no longer read. A missing input is looked up again at each read.
         */
        private Resolved resolved;

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        @Override
        protected double compute(EvalContext ctx) {
            Resolved r = resolved;
            if (r == null || r.stamp != ctx.inputsStamp()) {
                if (!ctx.inputs().isSnapshot()) {
                    return ctx.memoized(this);
                }
                r = resolve(ctx);
                if (r == null) {
                    return 0.0;
                }
            }
            return r.data != null ? Sampled.read(r.data, ctx, sampling) : r.target.sample(ctx, sampling);
        }

        /** The resolution against the context's snapshot, from its slot or the resolver; null when it is missing. */
        private Resolved resolve(EvalContext ctx) {
            long stamp = ctx.inputsStamp();
            Slot slot = ctx.usedSlot(this);
            Resolved r = slot.state instanceof Resolved kept && kept.stamp == stamp ? kept : null;
            if (r == null) {
                Signal target = ctx.resolve(ref);
                r = target == null ? null : new Resolved(stamp, target, target instanceof Sampled s ? s.data : null);
                slot.state = r;
            }
            resolved = r;
            return r;
        }

        /** Through the memo: a resolver that is not a snapshot, asked once per frame. */
        @Override
        double computeIn(EvalContext ctx, Slot slot) {
            Signal target = ctx.resolve(ref);
            return target == null ? 0.0 : target.sample(ctx, sampling);
        }

        @Override
        double durationHint(EvalContext ctx, Set<Signal> seen) {
            Signal target = ctx.inputs().resolve(ref);
            return target == null || !seen.add(target) ? Double.NaN : target.durationHint(ctx, seen);
        }

        @Override
        boolean isStateful() {
            return false; // a custom signal's own state is not ours to replay
        }

        @Override
        public Signal interpolate() {
            return new Input(ref, Sampling.INTERPOLATED);
        }

        @Override
        public Signal peak() {
            return new Input(ref, Sampling.PEAK_PER_FRAME);
        }

        @Override
        public Signal peak_window(double beats) {
            return new Input(ref, new Sampling(Sampling.Kind.PEAK_WINDOW_BEATS, beats));
        }

        @Override
        public Signal peak_window_sec(double seconds) {
            return new Input(ref, new Sampling(Sampling.Kind.PEAK_WINDOW_SECONDS, seconds));
        }

        @Override
        public String describe() {
            String base = switch (ref.scope()) {
                case MIX -> "Input(" + Describe.quote(ref.feature()) + ")";
                case STEM -> "StemInput(" + Describe.quote(ref.key()) + ", " + Describe.quote(ref.feature()) + ")";
                case BAND -> "BandInput(" + Describe.quote(ref.key()) + ", " + Describe.quote(ref.feature()) + ")";
                case CUSTOM -> "CustomSignalInput(" + Describe.quote(ref.key()) + ")";
                case COMPOSED -> "ComposedInput(" + Describe.quote(ref.key()) + ")";
            };
            return base + sampling.describePart();
        }
    }

    static final class Timing extends Signal {

        @Override
        double eval(EvalContext ctx) {
            return memo ? ctx.memoized(this) : compute(ctx);
        }

        private final String name;

        Timing(String name) {
            super("timing." + name);
            this.name = name;
            this.memo = false; // a field of the transport or one grid lookup: cheaper than the memo
        }

        @Override
        protected double compute(EvalContext ctx) {
            double t = ctx.time();
            return switch (name) {
                case "time" -> t;
                case "dt" -> ctx.dt();
                case "beatPosition" -> ctx.beatGrid().beatPosition(t);
                case "beatIndex" -> ctx.beatGrid().beatIndex(t);
                case "beatPhase" -> ctx.beatGrid().beatPhase(t);
                case "bpm" -> ctx.beatGrid().bpm(t);
                default -> throw new IllegalStateException(name);
            };
        }

        @Override
        public String describe() {
            return "timing." + name;
        }
    }
}
