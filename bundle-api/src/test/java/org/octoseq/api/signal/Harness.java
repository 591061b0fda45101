package org.octoseq.api.signal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * The spec's §9 harness on the Java side: one context, inputs by reference, no beat grid (120 BPM) and a
 * 10 s track unless a test says otherwise. "Bound at top level" = the same Signal instance evaluated each frame.
 */
final class Harness {

    final List<String> warnings = new ArrayList<>();
    final EvalContext ctx = new EvalContext(warnings::add);
    private final Map<InputRef, Signal> inputs = new HashMap<>();
    private final InputResolver resolver = inputs::get;
    BeatGrid grid = BeatGrid.NONE;
    private long frame;

    Harness() {
        ctx.setTrackDuration(10);
    }

    /** A buffer as {@code inputs.mix.<name>}. */
    Harness mix(String name, double rate, double... samples) {
        return put(InputRef.mix(name), rate, samples);
    }

    Harness put(InputRef ref, double rate, double... samples) {
        float[] f = new float[samples.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) samples[i];
        }
        inputs.put(ref, Signal.sampled(new SampledSignal(rate, f)));
        return this;
    }

    Harness grid(BeatGrid g) {
        this.grid = g;
        return this;
    }

    void frame(double t, double dt) {
        ctx.beginFrame(new Transport(t, dt, frame++), resolver, grid);
    }

    /** One frame at {@code t} and the value of {@code s} in it. */
    double at(Signal s, double t, double dt) {
        frame(t, dt);
        return s.evaluate(ctx);
    }

    /** Frames {@code k = 0 … n-1} at {@code t0 + k·dt}, the value of {@code s} at each. */
    double[] run(Signal s, double t0, double dt, int n) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = at(s, t0 + k * dt, dt);
        }
        return out;
    }

    static Signal mixIn(String name) {
        return Signal.input(InputRef.mix(name));
    }

    static double[] fill(int n, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return v;
    }
}
