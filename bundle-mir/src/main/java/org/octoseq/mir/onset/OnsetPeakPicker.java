package org.octoseq.mir.onset;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.signal.Event;

/**
 * Picks onsets from an onset strength envelope with an adaptive threshold. Frame {@code i} is an onset when
 *
 * <ol>
 * <li>it is the largest value within {@value #PEAK_RADIUS_SEC} s either side,</li>
 * <li>it exceeds the mean of the preceding {@value #MEAN_BEFORE_SEC} s and following
 * {@value #MEAN_AFTER_SEC} s by {@link #delta} (relative to the envelope's maximum),</li>
 * <li>it exceeds {@link #floor} times the median of the surrounding {@value #MEDIAN_SPAN_SEC} s (so the
 * steady flicker of noise is not taken for onsets), and</li>
 * <li>it comes at least {@value #MIN_GAP_SEC} s after the previous onset.</li>
 * </ol>
 *
 * <p>An event's time is its frame time, corrected by a sub-frame parabolic fit of the peak; its weight is
 * the envelope value at the peak relative to the strongest onset, in 0..1. A flat (e.g. silent) envelope
 * gives no onsets.
 */
public final class OnsetPeakPicker {

    static final double PEAK_RADIUS_SEC = 0.03;
    static final double MEAN_BEFORE_SEC = 0.1;
    static final double MEAN_AFTER_SEC = 0.07;
    static final double MEDIAN_SPAN_SEC = 1.0;
    static final double MIN_GAP_SEC = 0.03;

    private final double delta;
    private final double floor;

    /** The tuned picker: {@code delta} 0.06, median factor 1.5. */
    public OnsetPeakPicker() {
        this(0.03, 1.5);
    }

    /**
     * @param delta how far above the local mean a peak must rise, as a fraction of the envelope's maximum
     * @param floor how many times the local median a peak must reach
     */
    public OnsetPeakPicker(double delta, double floor) {
        this.delta = delta;
        this.floor = floor;
    }

    /**
     * The onsets of {@code onset}.
     *
     * @param onset     onset strength per frame, {@code >= 0}
     * @param frameRate frames per second; frame {@code i} is at {@code i / frameRate} s
     */
    public List<Event> pick(float[] onset, double frameRate) {
        int n = onset.length;
        float max = 0;
        for (float v : onset) {
            max = Math.max(max, v);
        }
        List<Event> events = new ArrayList<>();
        if (!(max > 0)) {
            return events;
        }
        int radius = Math.max(1, (int) Math.round(PEAK_RADIUS_SEC * frameRate));
        int before = Math.max(1, (int) Math.round(MEAN_BEFORE_SEC * frameRate));
        int after = Math.max(1, (int) Math.round(MEAN_AFTER_SEC * frameRate));
        int gap = Math.max(1, (int) Math.round(MIN_GAP_SEC * frameRate));
        float[] median = new RunningMedian((int) Math.round(MEDIAN_SPAN_SEC * frameRate / 2)).apply(onset);
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + onset[i];
        }
        double threshold = delta * max;
        int last = -gap - 1;
        List<float[]> peaks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float v = onset[i];
            if (v <= 0 || !isLocalMax(onset, i, radius)) {
                continue;
            }
            int lo = Math.max(0, i - before);
            int hi = Math.min(n, i + after + 1);
            double mean = (prefix[hi] - prefix[lo]) / (hi - lo);
            if (v < mean + threshold || v < floor * median[i] || i - last < gap) {
                continue;
            }
            last = i;
            peaks.add(new float[] {(float) refine(onset, i), v});
        }
        float strongest = 0;
        for (float[] p : peaks) {
            strongest = Math.max(strongest, p[1]);
        }
        for (float[] p : peaks) {
            events.add(Event.at(p[0] / frameRate, p[1] / strongest));
        }
        return events;
    }

    /** Whether {@code x[i]} is the maximum of {@code x[i-r .. i+r]}, the first of equal values winning. */
    private static boolean isLocalMax(float[] x, int i, int r) {
        for (int k = Math.max(0, i - r); k <= Math.min(x.length - 1, i + r); k++) {
            if (k < i ? x[k] >= x[i] : x[k] > x[i]) {
                return false;
            }
        }
        return true;
    }

    /** The peak's position in frames from a parabola through it and its neighbours (within half a frame). */
    private static double refine(float[] x, int i) {
        if (i == 0 || i == x.length - 1) {
            return i;
        }
        double a = x[i - 1];
        double b = x[i];
        double c = x[i + 1];
        double den = a - 2 * b + c;
        if (den >= 0) {
            return i;
        }
        return i + Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / den));
    }
}
