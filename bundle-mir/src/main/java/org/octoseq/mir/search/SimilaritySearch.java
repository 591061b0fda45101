package org.octoseq.mir.search;

import org.octoseq.api.signal.SampledSignal;

/**
 * {@code inputs.mix.searchSimilarity}: how much of the track matches a reference segment, 0..1 per moment. Every
 * stretch of the segment's length is compared with the segment ({@link SearchFeatures}, correlation of the two
 * feature sequences, negative counts 0). The best-aligned stretches are kept: those matching better than every other
 * stretch starting within half a segment of them (so a stretch a beat early, which matches partly because the beat
 * repeats, does not count). Each moment then gets the match of the kept stretch that contains it, 0 if none does: the
 * curve is high for the whole of every recurrence (1 on the reference itself) and low where the music differs.
 * Stretches that run off the end of the track are compared on the part that exists, when that is at least half.
 */
public final class SimilaritySearch {

    /** The name of the signal: {@value}. */
    public static final String NAME = "searchSimilarity";

    private SimilaritySearch() {
    }

    /**
     * @param frames    the length of the result in frames of {@code frameRate}
     * @param startSec  the reference segment's start
     * @param endSec    its end
     */
    public static SampledSignal curve(SearchFeatures f, double startSec, double endSec, int frames, double frameRate) {
        float[][] rows = f.rows();
        int steps = rows.length;
        double rate = f.stepsPerSecond();
        int s0 = (int) Math.min(Math.max(0, steps - 1), Math.round(startSec * rate));
        int len = (int) Math.max(1, Math.min(steps - s0, Math.round((endSec - startSec) * rate)));
        double[] match = new double[steps];
        for (int s = 0; s < steps; s++) {
            match[s] = Math.max(0, correlation(rows, s0, s, len));
        }
        double[] best = new double[steps];
        int radius = Math.max(1, len / 2);
        for (int s = 0; s < steps; s++) {
            if (match[s] > 0 && isBestAround(match, s, radius)) {
                for (int t = s; t < Math.min(steps, s + len); t++) {
                    best[t] = Math.max(best[t], match[s]);
                }
            }
        }
        float[] out = new float[frames];
        for (int i = 0; i < frames; i++) {
            // steps are averages of their frames: interpolate between step centres
            double x = (i / frameRate) * rate - 0.5;
            int a = (int) Math.floor(x);
            double frac = x - a;
            double va = best[Math.max(0, Math.min(steps - 1, a))];
            double vb = best[Math.max(0, Math.min(steps - 1, a + 1))];
            out[i] = (float) (va + (vb - va) * frac);
        }
        return new SampledSignal(frameRate, out);
    }

    /** Whether {@code m[s]} beats every value within {@code radius} of it (the first of equal values wins). */
    private static boolean isBestAround(double[] m, int s, int radius) {
        for (int j = Math.max(0, s - radius); j <= Math.min(m.length - 1, s + radius); j++) {
            if (j < s ? m[j] >= m[s] : m[j] > m[s]) {
                return false;
            }
        }
        return true;
    }

    /** Pearson correlation of rows {@code ref .. ref+len} with rows {@code at .. at+len} (cut at the end). */
    private static double correlation(float[][] rows, int ref, int at, int len) {
        int n = Math.min(len, rows.length - at);
        if (n < (len + 1) / 2 || n <= 0) {
            return 0;
        }
        int dims = rows[0].length;
        double sa = 0;
        double sb = 0;
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < dims; d++) {
                sa += rows[ref + j][d];
                sb += rows[at + j][d];
            }
        }
        double count = (double) n * dims;
        double ma = sa / count;
        double mb = sb / count;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int j = 0; j < n; j++) {
            float[] a = rows[ref + j];
            float[] b = rows[at + j];
            for (int d = 0; d < dims; d++) {
                double x = a[d] - ma;
                double y = b[d] - mb;
                ab += x * y;
                aa += x * x;
                bb += y * y;
            }
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    }
}
