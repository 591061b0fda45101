package org.octoseq.api.signal;

import java.util.Objects;

/**
 * An immutable node of a lazy signal graph: a value that changes over time and is computed when a frame is
 * evaluated. Every method returns a new node; none changes its receiver.
 *
 * <p>Each node has a structural {@link #key()} built from its kind, parameters and children, so two chains
 * built the same way (for example one at top level and one rebuilt inside {@code update()}) are the same
 * node for memoisation and state. Values are doubles.
 *
 * <p>Numeric parameters accept a {@link Number} or a {@code Signal} ({@link #of(Object)}).
 */
public abstract class Signal {

    private final String key;

    /** @param key the structural key: equal keys must mean equal values at every frame */
    protected Signal(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The structural key of this node. */
    public final String key() {
        return key;
    }

    /** Computes this node's value for the context's frame; called at most once per frame per key. */
    protected abstract double compute(EvalContext ctx);

    /** This node's value for the context's frame (memoised per frame). */
    public final double evaluate(EvalContext ctx) {
        return ctx.memoized(this);
    }

    /** Value for the frame being evaluated on this thread; see {@link EvalContext#current()}. */
    public final double value() {
        return evaluate(EvalContext.current());
    }

    /** How an input reading this node samples it; only sampled data differs from {@link #evaluate}. */
    double sample(EvalContext ctx, Sampling sampling) {
        return evaluate(ctx);
    }

    // ---- sources ------------------------------------------------------------------------------------------

    /** A signal that is always {@code value}. */
    public static Signal constant(double value) {
        return new Constant(value);
    }

    /** Sampled data as a signal (point sampling when evaluated directly). */
    public static Signal sampled(SampledSignal data) {
        return new Sampled(data);
    }

    /** An input resolved against the namespace at every frame, sampled with the default peak-per-frame mode. */
    public static Signal input(InputRef ref) {
        return new Input(ref, Sampling.PEAK_PER_FRAME);
    }

    /** The names {@link #timing(String)} accepts, in the order the {@code timing} namespace lists them. */
    public static final java.util.List<String> TIMING_NAMES =
            java.util.List.of("time", "dt", "beatPosition", "beatIndex", "beatPhase", "bpm");

    /**
     * A value of the transport and the active beat grid: {@code time} and {@code dt} in seconds,
     * {@code beatPosition} (beats, may be negative before beat 0), {@code beatIndex} (its floor),
     * {@code beatPhase} (in [0, 1)) and {@code bpm}.
     */
    public static Signal timing(String name) {
        if (!TIMING_NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown timing value '" + name + "'; known: " + TIMING_NAMES);
        }
        return new Timing(name);
    }

    /** A {@link Number} as a constant signal, or the signal itself. */
    public static Signal of(Object numberOrSignal) {
        if (numberOrSignal instanceof Signal s) {
            return s;
        }
        if (numberOrSignal instanceof Number n) {
            return constant(n.doubleValue());
        }
        throw new IllegalArgumentException("Expected a number or a Signal, got "
                + (numberOrSignal == null ? "nothing" : numberOrSignal.getClass().getSimpleName()));
    }

    // ---- input sampling -----------------------------------------------------------------------------------

    /** Point sampling (linear interpolation) at the frame time; a no-op on non-input nodes. */
    public Signal interpolate() {
        return this;
    }

    /** The largest-magnitude sample of the last frame (the default); a no-op on non-input nodes. */
    public Signal peak() {
        return this;
    }

    // ---- arithmetic ---------------------------------------------------------------------------------------

    public Signal add(Object other) {
        return new Binary(Op.ADD, this, of(other));
    }

    public Signal sub(Object other) {
        return new Binary(Op.SUB, this, of(other));
    }

    public Signal mul(Object other) {
        return new Binary(Op.MUL, this, of(other));
    }

    /** Division; 0 where the divisor is 0. */
    public Signal div(Object other) {
        return new Binary(Op.DIV, this, of(other));
    }

    /** {@code this * factor}. */
    public Signal scale(Object factor) {
        return mul(factor);
    }

    /** {@code this + amount}. */
    public Signal offset(Object amount) {
        return add(amount);
    }

    public Signal neg() {
        return new Binary(Op.MUL, this, constant(-1));
    }

    public Signal min(Object other) {
        return new Binary(Op.MIN, this, of(other));
    }

    public Signal max(Object other) {
        return new Binary(Op.MAX, this, of(other));
    }

    /** Limits the value to {@code [lo, hi]}. */
    public Signal clamp(Object lo, Object hi) {
        return max(lo).min(hi);
    }

    @Override
    public String toString() {
        return "Signal(" + key + ")";
    }

    // ---- node kinds ---------------------------------------------------------------------------------------

    private static final class Constant extends Signal {
        private final double v;

        Constant(double v) {
            super(Double.toString(v));
            this.v = v;
        }

        @Override
        protected double compute(EvalContext ctx) {
            return v;
        }
    }

    private static final class Sampled extends Signal {
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
            return data.sampleWindow(ctx.time(), sampling.windowSeconds(ctx));
        }
    }

    private static final class Input extends Signal {
        private final InputRef ref;
        private final Sampling sampling;

        Input(InputRef ref, Sampling sampling) {
            super("in(" + ref.path() + sampling.keyPart() + ")");
            this.ref = ref;
            this.sampling = sampling;
        }

        @Override
        protected double compute(EvalContext ctx) {
            Signal target = ctx.resolve(ref);
            return target == null ? 0.0 : target.sample(ctx, sampling);
        }

        @Override
        public Signal interpolate() {
            return new Input(ref, Sampling.INTERPOLATED);
        }

        @Override
        public Signal peak() {
            return new Input(ref, Sampling.PEAK_PER_FRAME);
        }
    }

    private static final class Timing extends Signal {
        private final String name;

        Timing(String name) {
            super("timing." + name);
            this.name = name;
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
    }

    private enum Op { ADD, SUB, MUL, DIV, MIN, MAX }

    private static final class Binary extends Signal {
        private final Op op;
        private final Signal a;
        private final Signal b;

        Binary(Op op, Signal a, Signal b) {
            super(op.name().toLowerCase() + "(" + a.key() + "," + b.key() + ")");
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        protected double compute(EvalContext ctx) {
            double x = a.evaluate(ctx);
            double y = b.evaluate(ctx);
            return switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> y == 0 ? 0.0 : x / y;
                case MIN -> Math.min(x, y);
                case MAX -> Math.max(x, y);
            };
        }
    }
}
