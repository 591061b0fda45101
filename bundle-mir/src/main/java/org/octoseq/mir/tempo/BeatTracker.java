package org.octoseq.mir.tempo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Places beats on an onset envelope by dynamic programming (after D. Ellis, "Beat tracking by dynamic
 * programming", 2007): the best beat sequence maximises the onset strength at the beats minus a penalty
 * {@code tightness * ln(interval / period)^2} for every interval that departs from the expected beat period.
 * The period may change from frame to frame (tempo segments). Beats before the music starts and after it
 * ends (where the onset envelope is nearly silent) are dropped.
 */
public final class BeatTracker {

    private final double tightness;

    /** The tuned tracker (tightness 100). */
    public BeatTracker() {
        this(100);
    }

    /** @param tightness how strongly intervals are held to the period; larger = steadier */
    public BeatTracker(double tightness) {
        this.tightness = tightness;
    }

    /**
     * The beat frames of {@code onset}, ascending.
     *
     * @param onset  onset strength per frame, {@code >= 0}
     * @param period expected beat period in frames at each frame (same length as {@code onset})
     */
    public int[] track(float[] onset, double[] period) {
        int n = onset.length;
        double[] o = standardised(onset);
        if (o == null) {
            return new int[0];
        }
        double[] score = new double[n];
        int[] back = new int[n];
        double penaltyTau = Double.NaN;
        double[] penalty = new double[0]; // by interval t - p, for penaltyTau
        for (int t = 0; t < n; t++) {
            double tau = period[t];
            if (tau != penaltyTau) { // the period only changes between tempo segments
                penaltyTau = tau;
                penalty = penalties(tau);
            }
            int lo = (int) Math.max(0, Math.round(t - 2 * tau));
            int hi = (int) Math.round(t - tau / 2);
            double best = 0;
            int from = -1;
            for (int p = lo; p <= hi; p++) {
                double s = score[p] - penalty[t - p];
                if (from < 0 || s > best) {
                    best = s;
                    from = p;
                }
            }
            score[t] = o[t] + (from >= 0 ? Math.max(0, best) : 0);
            back[t] = from >= 0 && best > 0 ? from : -1;
        }
        int end = lastBeat(score, period);
        List<Integer> beats = new ArrayList<>();
        for (int t = end; t >= 0; t = back[t]) {
            beats.add(t);
        }
        Collections.reverse(beats);
        return trim(beats, onset);
    }

    /** {@code tightness * ln(d / tau)^2} for intervals {@code d = 0 .. 2 tau + 1} frames. */
    private double[] penalties(double tau) {
        double[] p = new double[(int) Math.ceil(2 * tau) + 3];
        for (int d = 1; d < p.length; d++) {
            double l = Math.log(d / tau);
            p[d] = tightness * l * l;
        }
        p[0] = Double.POSITIVE_INFINITY;
        return p;
    }

    /** The best-scoring frame within the last beat period. */
    private static int lastBeat(double[] score, double[] period) {
        int n = score.length;
        int from = (int) Math.max(0, n - Math.round(period[n - 1]));
        int best = n - 1;
        for (int t = from; t < n; t++) {
            if (score[t] > score[best]) {
                best = t;
            }
        }
        return best;
    }

    /** Drops leading and trailing beats whose onset strength is below a tenth of the median beat's. */
    private static int[] trim(List<Integer> beats, float[] onset) {
        if (beats.isEmpty()) {
            return new int[0];
        }
        float[] strength = new float[beats.size()];
        for (int i = 0; i < strength.length; i++) {
            strength[i] = BeatStrength.at(onset, beats.get(i));
        }
        float[] sorted = strength.clone();
        java.util.Arrays.sort(sorted);
        float limit = 0.1f * sorted[sorted.length / 2];
        int first = 0;
        int last = strength.length - 1;
        while (first <= last && strength[first] <= limit) {
            first++;
        }
        while (last >= first && strength[last] <= limit) {
            last--;
        }
        int[] out = new int[Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = beats.get(first + i);
        }
        return out;
    }

    /** {@code onset / std(onset)}, or {@code null} for a flat envelope. */
    private static double[] standardised(float[] onset) {
        double mean = 0;
        for (float v : onset) {
            mean += v;
        }
        mean /= Math.max(1, onset.length);
        double var = 0;
        for (float v : onset) {
            var += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(var / Math.max(1, onset.length));
        if (!(std > 0)) {
            return null;
        }
        double[] o = new double[onset.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = onset[i] / std;
        }
        return o;
    }
}
