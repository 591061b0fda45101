package org.octoseq.api.signal;

import java.util.Arrays;

/**
 * A signal stored as evenly spaced samples: sample {@code i} sits at {@code i / rate} seconds.
 * Immutable; the array handed in is copied.
 */
public final class SampledSignal {

    /** Tolerance for sample indices, so a time computed as {@code k * step} lands on sample {@code k}. */
    private static final double INDEX_EPS = 1e-6;

    private final double rate;
    private final float[] values;

    public SampledSignal(double rate, float[] values) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("sample rate must be a positive number, got " + rate);
        }
        this.rate = rate;
        this.values = values.clone();
    }

    /** Samples per second. */
    public double rate() {
        return rate;
    }

    /** Number of samples. */
    public int length() {
        return values.length;
    }

    /** Sample {@code i}. */
    public float valueAt(int i) {
        return values[i];
    }

    /** A copy of the samples. */
    public float[] values() {
        return values.clone();
    }

    /** {@code length / rate}. */
    public double durationSec() {
        return values.length / rate;
    }

    /**
     * Point sampling with linear interpolation: 0 outside {@code [0, duration)}, otherwise the value between
     * the two nearest samples (the last sample holds until the end).
     */
    public double sample(double t) {
        int n = values.length;
        if (t < 0 || n == 0) {
            return 0.0;
        }
        double x = t * rate;
        int i = (int) Math.floor(x + INDEX_EPS);
        if (i >= n) {
            return 0.0;
        }
        if (i == n - 1) {
            return values[i];
        }
        double frac = Math.max(0.0, x - i);
        return values[i] + (values[i + 1] - values[i]) * frac;
    }

    /**
     * Peak-window sampling over {@code [t - window, t]}: the sample of largest magnitude, keeping its sign.
     * A window of zero or one sample falls back to {@link #sample(double)}.
     */
    public double sampleWindow(double t, double window) {
        if (window <= 0) {
            return sample(t);
        }
        int n = values.length;
        long end = (long) Math.floor(t * rate + INDEX_EPS);
        long start = (long) Math.floor(Math.max(t - window, 0.0) * rate + INDEX_EPS);
        if (end < 0 || start >= n || start > end) {
            return 0.0;
        }
        end = Math.min(end, n - 1);
        if (start == end) {
            return sample(t);
        }
        float best = values[(int) start];
        for (int k = (int) start + 1; k <= end; k++) {
            if (Math.abs(values[k]) > Math.abs(best)) {
                best = values[k];
            }
        }
        return best;
    }

    /** Smallest and largest sample, {@code {0, 0}} when empty. */
    public double[] range() {
        if (values.length == 0) {
            return new double[] {0, 0};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SampledSignal s && s.rate == rate && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(rate) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SampledSignal[" + values.length + " samples @ " + rate + " Hz]";
    }
}
