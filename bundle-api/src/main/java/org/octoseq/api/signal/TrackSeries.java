package org.octoseq.api.signal;

import org.octoseq.api.time.Transport;

/**
 * A signal evaluated over the whole track on a regular grid {@code t_k = k * step},
 * {@code k = 0 … ceil(duration / step) - 1}, in a private pass with fresh state and {@code dt = step}.
 * The basis of normalisation statistics, Gaussian smoothing, {@code anticipate}, {@code sample_at} of
 * stateful chains and event extraction. Cached per structural key of the source.
 */
final class TrackSeries {

    /** Grid step of whole-track passes, seconds. */
    static final double STEP = 0.01;

    final double step;
    final double[] values;

    private TrackSeries(double step, double[] values) {
        this.step = step;
        this.values = values;
    }

    /** The series of {@code source}, or {@code null} when no track duration is known. */
    static TrackSeries of(Signal source, EvalContext ctx) {
        double duration = ctx.trackDurationFor(source);
        if (!(duration > 0)) {
            return null;
        }
        return ctx.trackCache().get("series:" + duration + ":" + source.key(), () -> compute(source, ctx, duration));
    }

    private static TrackSeries compute(Signal source, EvalContext ctx, double duration) {
        int n = (int) Math.max(1, Math.ceil(duration / STEP - 1e-9));
        double[] v = new double[n];
        EvalContext pass = ctx.scratch();
        for (int k = 0; k < n; k++) {
            pass.beginFrame(new Transport(k * STEP, STEP, k), ctx.inputs(), ctx.beatGrid());
            v[k] = source.eval(pass);
        }
        return new TrackSeries(STEP, v);
    }

    /** Time of grid point {@code k}, seconds. */
    double timeAt(int k) {
        return k * step;
    }

    /** Linear interpolation between grid points; the first/last value holds outside the grid. */
    double at(double t) {
        int n = values.length;
        double x = t / step;
        if (!(x > 0)) {
            return values[0];
        }
        int i = (int) Math.floor(x);
        if (i >= n - 1) {
            return values[n - 1];
        }
        double f = x - i;
        return values[i] + (values[i + 1] - values[i]) * f;
    }
}
