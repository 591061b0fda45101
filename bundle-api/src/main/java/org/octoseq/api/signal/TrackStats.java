package org.octoseq.api.signal;

import java.util.Arrays;

/**
 * Whole-track statistics of a signal over its {@link TrackSeries}: non-finite values dropped, then min, max,
 * mean and the 5th/95th percentiles {@code sorted[min(floor(0.05 n), n - 1)]}, {@code sorted[min(floor(0.95 n), n - 1)]}.
 * All 0 when nothing is left.
 */
record TrackStats(double min, double max, double mean, double p5, double p95) {

    static final TrackStats EMPTY = new TrackStats(0, 0, 0, 0, 0);

    /** Statistics of the source's whole-track series, or {@code null} when no track duration is known. */
    static TrackStats of(Signal source, EvalContext ctx) {
        TrackSeries series = TrackSeries.of(source, ctx);
        if (series == null) {
            return null;
        }
        return ctx.trackCache().get("stats:" + series.values.length + ":" + source.key(), () -> of(series.values));
    }

    static TrackStats of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = finite.length;
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(finite);
        double sum = 0;
        for (double v : finite) {
            sum += v;
        }
        return new TrackStats(finite[0], finite[n - 1], sum / n,
                finite[Math.min((int) Math.floor(0.05 * n), n - 1)],
                finite[Math.min((int) Math.floor(0.95 * n), n - 1)]);
    }
}
