package org.octoseq.api.signal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.octoseq.api.signal.MathNodes.BinaryOp;
import org.octoseq.api.signal.MathNodes.TernaryOp;
import org.octoseq.api.signal.MathNodes.UnaryOp;
import org.octoseq.api.time.Transport;

/**
 * An immutable node of a lazy signal graph: a value that changes over time and is computed when a frame is
 * evaluated. Every method returns a new node; none changes its receiver. Values are doubles; boolean results
 * are 1.0 / 0.0 and "true" means {@code > 0}.
 *
 * <p>Each node has a structural {@link #key()} built from its kind, parameters and children, so two chains
 * built the same way (for example one at top level and one rebuilt inside {@code update()}) are the same
 * node for memoisation and state.
 *
 * <p>Numeric parameters typed {@code Object} accept a {@link Number} or a {@code Signal} ({@link #of(Object)});
 * a Signal parameter is evaluated at the same time as the source. Durations named "beats" are converted to
 * seconds with the tempo at the evaluation time (120 BPM without a grid).
 *
 * <p>Script-facing names follow the script API (snake_case, e.g. {@code peak_window_sec}); the builders
 * {@code smooth}, {@code normalise}, {@code gate} and {@code pick} are bean getters so that JavaScript reads
 * them as properties ({@code sig.smooth.exponential(0.1, 0.5)}).
 */
public abstract class Signal {

    private static final Signal[] NO_CHILDREN = new Signal[0];

    private final String key;
    /** Last slot this node used; a cache in front of the context's map (owner checked on every use). */
    Slot cachedSlot;
    /**
     * Whether {@link #evaluate} goes through the per-frame memo. Stateful nodes, whole-track nodes and probes always
     * do (they are computed at most once per frame); pure arithmetic over a few nodes is cheaper to recompute than
     * to look up, so it is not memoised unless the subtree it would recompute grows large; neither are constants,
     * timing values and inputs (an input asks a resolver that is not a snapshot once per frame, through the memo).
     */
    boolean memo = true;
    /** How many nodes one evaluation of this node computes when nothing is memoised below it: bounds recomputation. */
    int recomputeCost = 1;

    /** @param key the structural key: equal keys must mean equal values at every frame */
    protected Signal(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The structural key of this node. */
    @JavaOnly
    public final String key() {
        return key;
    }

    /** Computes this node's value for the context's frame; called at most once per frame per key. */
    protected abstract double compute(EvalContext ctx);

    /** This node's value for the context's frame (memoised per frame). */
    @JavaOnly
    public final double evaluate(EvalContext ctx) {
        return eval(ctx);
    }

    /**
     * What {@link #evaluate} computes; nodes read their children through it. The node kinds read most often (inputs,
     * timing values, unary and binary arithmetic, {@code map}, normalisation, the two smoothings) override it with
     * this same body, and a constant returns its value: a parent's call of a child's {@code eval} then keeps its own
     * record of the kinds of child it meets, and where it meets one or two the JIT compiler inlines the child's
     * {@code compute} there. Called through one shared method instead, every node's {@code compute} went through the
     * method table.
     */
    double eval(EvalContext ctx) {
        return memo ? ctx.memoized(this) : compute(ctx);
    }

    /** Value for the frame being evaluated on this thread; see {@link EvalContext#current()}. */
    public final double value() {
        return eval(EvalContext.current());
    }

    double computeIn(EvalContext ctx, Slot slot) {
        return compute(ctx);
    }

    /** How an input reading this node samples it; only sampled data differs from {@link #evaluate}. */
    double sample(EvalContext ctx, Sampling sampling) {
        return evaluate(ctx);
    }

    Signal[] children() {
        return NO_CHILDREN;
    }

    /** Whether this node or one below it keeps state from frame to frame. */
    boolean isStateful() {
        for (Signal c : children()) {
            if (c.isStateful()) {
                return true;
            }
        }
        return false;
    }

    /** The longest sampled input below this node in seconds, or NaN. */
    double durationHint(EvalContext ctx, Set<Signal> seen) {
        return Double.NaN;
    }

    // ---- sources ------------------------------------------------------------------------------------------

    /** A signal that is always {@code value}. */
    public static Signal constant(double value) {
        return new SourceNodes.Constant(value);
    }

    /** Sampled data as a signal (point sampling when evaluated directly). */
    public static Signal sampled(SampledSignal data) {
        return new SourceNodes.Sampled(data);
    }

    /** An input resolved against the namespace at every frame, sampled with the default peak-per-frame mode. */
    public static Signal input(InputRef ref) {
        return new SourceNodes.Input(ref, Sampling.PEAK_PER_FRAME);
    }

    /** The names {@link #timing(String)} accepts, in the order the {@code timing} namespace lists them. */
    public static final List<String> TIMING_NAMES =
            List.of("time", "dt", "beatPosition", "beatIndex", "beatPhase", "bpm");

    /**
     * A value of the transport and the active beat grid: {@code time} and {@code dt} in seconds,
     * {@code beatPosition} (beats, may be negative before beat 0), {@code beatIndex} (its floor),
     * {@code beatPhase} (in [0, 1)) and {@code bpm}.
     */
    public static Signal timing(String name) {
        if (!TIMING_NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown timing value '" + name + "'; known: " + TIMING_NAMES);
        }
        return new SourceNodes.Timing(name);
    }

    /** A {@link Number} as a constant signal, or the signal itself (also behind a {@link SignalHandle}). */
    public static Signal of(Object numberOrSignal) {
        if (numberOrSignal instanceof Signal s) {
            return s;
        }
        if (numberOrSignal instanceof Number n) {
            return constant(n.doubleValue());
        }
        if (numberOrSignal instanceof SignalHandle h) {
            return h.signal();
        }
        throw new IllegalArgumentException("Expected a number or a Signal, got "
                + (numberOrSignal == null ? "nothing" : numberOrSignal.getClass().getSimpleName()));
    }

    /** Starts a conditional signal: {@code Signal.select().when(c, v)….otherwise(d)}. */
    public static SelectBuilder select() {
        return new SelectBuilder(List.of());
    }

    // ---- input sampling (no-ops on non-input nodes) ----------------------------------------------------------

    /** Point sampling (linear interpolation) at the frame time. */
    public Signal interpolate() {
        return this;
    }

    /** The largest-magnitude sample (sign kept) of the last frame, {@code [t - dt, t]}: the default. */
    public Signal peak() {
        return this;
    }

    /** The largest-magnitude sample over the last {@code beats}. */
    public Signal peak_window(double beats) {
        return this;
    }

    /** The largest-magnitude sample over the last {@code seconds}. */
    public Signal peak_window_sec(double seconds) {
        return this;
    }

    // ---- arithmetic ---------------------------------------------------------------------------------------

    public Signal add(Object other) {
        return binary(BinaryOp.ADD, other);
    }

    public Signal sub(Object other) {
        return binary(BinaryOp.SUB, other);
    }

    public Signal mul(Object other) {
        return binary(BinaryOp.MUL, other);
    }

    /** Division; 0 where {@code |divisor| < 1e-10}. */
    public Signal div(Object other) {
        return binary(BinaryOp.DIV, other);
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
        return mul(-1);
    }

    /** {@code this ^ exponent} (NaN for a negative base with a fractional exponent). */
    public Signal pow(Object exponent) {
        return binary(BinaryOp.POW, exponent);
    }

    /** {@code this·(1 - w) + other·w} with {@code w = 0.5}. */
    public Signal mix(Object other) {
        return mix(other, 0.5);
    }

    /** {@code this·(1 - w) + other·w}. */
    public Signal mix(Object other, Object w) {
        return ternary(TernaryOp.MIX, other, w);
    }

    /** {@code this + (other - this)·t}. */
    public Signal lerp(Object other, Object t) {
        return ternary(TernaryOp.LERP, other, t);
    }

    public Signal min(Object other) {
        return binary(BinaryOp.MIN, other);
    }

    public Signal max(Object other) {
        return binary(BinaryOp.MAX, other);
    }

    // ---- unary math and shaping ---------------------------------------------------------------------------

    /** Limits the value to {@code [lo, hi]} as {@code max(lo, min(hi, v))}: lo wins if lo > hi; NaN bounds are ignored. */
    public Signal clamp(Object lo, Object hi) {
        return ternary(TernaryOp.CLAMP, lo, hi);
    }

    public Signal floor() {
        return unary(UnaryOp.FLOOR);
    }

    public Signal ceil() {
        return unary(UnaryOp.CEIL);
    }

    /** Rounds half away from zero (-2.5 → -3). */
    public Signal round() {
        return unary(UnaryOp.ROUND);
    }

    public Signal abs() {
        return unary(UnaryOp.ABS);
    }

    /** 1, -1 or 0 (also 0 for NaN). */
    public Signal sign() {
        return unary(UnaryOp.SIGN);
    }

    /** {@code 1 / (1 + e^(-k(v - 0.5)))}, centred at 0.5; {@code k = 0} passes through. */
    public Signal sigmoid(Object k) {
        return binary(BinaryOp.SIGMOID, k);
    }

    // ---- trigonometric, exponential, modular ----------------------------------------------------------------

    public Signal sin() {
        return unary(UnaryOp.SIN);
    }

    public Signal cos() {
        return unary(UnaryOp.COS);
    }

    public Signal tan() {
        return unary(UnaryOp.TAN);
    }

    /** Input clamped to [-1, 1] first. */
    public Signal asin() {
        return unary(UnaryOp.ASIN);
    }

    /** Input clamped to [-1, 1] first. */
    public Signal acos() {
        return unary(UnaryOp.ACOS);
    }

    public Signal atan() {
        return unary(UnaryOp.ATAN);
    }

    /** {@code atan2(this, x)}: this is y. */
    public Signal atan2(Object x) {
        return binary(BinaryOp.ATAN2, x);
    }

    /** {@code sqrt(max(v, 0))}. */
    public Signal sqrt() {
        return unary(UnaryOp.SQRT);
    }

    public Signal exp() {
        return unary(UnaryOp.EXP);
    }

    /** {@code ln(max(v, 1e-10))}. */
    public Signal ln() {
        return unary(UnaryOp.LN);
    }

    /** Logarithm to {@code base} (values floored at 1e-10); 0 for base 1. */
    public Signal log(Object base) {
        return binary(BinaryOp.LOG, base);
    }

    /** Euclidean remainder in {@code [0, |d|)}; 0 for {@code d = 0}. */
    public Signal modulo(Object d) {
        return binary(BinaryOp.MODULO, d);
    }

    /** Truncated remainder (sign of the dividend); 0 for {@code d = 0}. */
    public Signal rem(Object d) {
        return binary(BinaryOp.REM, d);
    }

    /** Wraps into {@code [lo, hi)}; lo when the range is empty. */
    public Signal wrap(Object lo, Object hi) {
        return ternary(TernaryOp.WRAP, lo, hi);
    }

    /** {@code v - floor(v)} in [0, 1). */
    public Signal fract() {
        return unary(UnaryOp.FRACT);
    }

    // ---- mapping -------------------------------------------------------------------------------------------

    /** Linear map from {@code [inLo, inHi]} to {@code [outLo, outHi]}, not clamped; outLo for an empty input range. */
    public Signal map(Object inLo, Object inHi, Object outLo, Object outHi) {
        return new MathNodes.MapRange(this, of(inLo), of(inHi), of(outLo), of(outHi));
    }

    /** Hermite step from 0 at {@code e0} to 1 at {@code e1}. */
    public Signal smoothstep(Object e0, Object e1) {
        return ternary(TernaryOp.SMOOTHSTEP, e0, e1);
    }

    // ---- comparison and logic --------------------------------------------------------------------------------

    public Signal lt(Object x) {
        return binary(BinaryOp.LT, x);
    }

    public Signal gt(Object x) {
        return binary(BinaryOp.GT, x);
    }

    public Signal le(Object x) {
        return binary(BinaryOp.LE, x);
    }

    public Signal ge(Object x) {
        return binary(BinaryOp.GE, x);
    }

    /** 1 where {@code |this - x| < 1e-6}. */
    public Signal eq(Object x) {
        return binary(BinaryOp.EQ, x);
    }

    public Signal ne(Object x) {
        return binary(BinaryOp.NE, x);
    }

    /** 1 where both are {@code > 0}. */
    public Signal and(Object other) {
        return binary(BinaryOp.AND, other);
    }

    /** 1 where either is {@code > 0}. */
    public Signal or(Object other) {
        return binary(BinaryOp.OR, other);
    }

    /** 1 where the value is {@code <= 0}. */
    public Signal not() {
        return unary(UnaryOp.NOT);
    }

    // ---- builders (JavaScript properties) ----------------------------------------------------------------------

    /** {@code sig.smooth}: moving average, exponential and Gaussian smoothing. */
    public SmoothBuilder getSmooth() {
        return new SmoothBuilder(this);
    }

    /** {@code sig.normalise}: global, robust and to_range normalisation. */
    public NormaliseBuilder getNormalise() {
        return new NormaliseBuilder(this);
    }

    /** {@code sig.gate}: threshold and hysteresis gates. */
    public GateBuilder getGate() {
        return new GateBuilder(this);
    }

    /** {@code sig.pick}: event extraction. */
    public PickBuilder getPick() {
        return new PickBuilder(this);
    }

    // ---- rate, accumulation, time shift ---------------------------------------------------------------------

    /** Rate of change per second; 0 on the first frame and while paused. */
    public Signal diff() {
        return new RateNodes.Diff(this);
    }

    /** Running integral ({@code acc += v·dt}) without decay. */
    public Signal integrate() {
        return integrate(0);
    }

    /** Running integral that decays with time constant {@code decayBeats} (none when ≤ 0). */
    public Signal integrate(Object decayBeats) {
        return new RateNodes.Integrate(this, of(decayBeats));
    }

    /** The value {@code beats} ago (the current value until that much history exists); ≤ 0 passes through. */
    public Signal delay(Object beats) {
        return new TimeShiftNodes.Delay(this, of(beats));
    }

    /** The value {@code beats} ahead, from this signal's whole-track series; ≤ 0 passes through. */
    public Signal anticipate(Object beats) {
        return new TimeShiftNodes.Anticipate(this, of(beats));
    }

    // ---- imperative sampling and debugging --------------------------------------------------------------------

    /**
     * The value at {@code time} seconds, computed now (also at top level and in {@code init}). Stateless chains
     * are evaluated exactly at that time with point sampling; chains with state are read from their
     * whole-track series.
     *
     * @throws IllegalStateException outside a running script
     */
    public double sample_at(double time) {
        return sampleAt(EvalContext.current(), time);
    }

    /** Java form of {@link #sample_at(double)} with an explicit context. */
    @JavaOnly
    public double sampleAt(EvalContext ctx, double time) {
        if (isStateful()) {
            TrackSeries series = TrackSeries.of(this, ctx);
            if (series != null) {
                return series.at(time);
            }
            ctx.warnOnce(describe() + ".sample_at: no track duration is known, so its state starts fresh at "
                    + time + " s");
        }
        EvalContext scratch = ctx.scratch();
        scratch.beginFrame(new Transport(time, 0, 0), ctx.inputs(), ctx.beatGrid());
        return evaluate(scratch);
    }

    /** Passes the value through and reports it to the context's {@link ProbeListener} under {@code name}. */
    public Signal probe(String name) {
        return new DebugNodes.Probe(this, name);
    }

    /** Human-readable structure, e.g. {@code Input("energy").Smooth.Exponential(0.1, 0.5)}. */
    public String describe() {
        return key;
    }

    /** The {@link #describe()} text. */
    @Override
    public String toString() {
        return describe();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Signal unary(UnaryOp op) {
        return new MathNodes.Unary(op, this);
    }

    private Signal binary(BinaryOp op, Object other) {
        return new MathNodes.Binary(op, this, of(other));
    }

    private Signal ternary(TernaryOp op, Object b, Object c) {
        return new MathNodes.Ternary(op, this, of(b), of(c));
    }
}
