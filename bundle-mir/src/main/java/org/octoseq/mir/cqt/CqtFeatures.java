package org.octoseq.mir.cqt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.octoseq.api.signal.SampledSignal;

/**
 * Three musical features of a constant-Q spectrum, one value per frame, published as extra signals of the mix:
 *
 * <ul>
 * <li>{@value #HARMONIC}: tonal presence, 0..1: how much more of the frame's spectral density (CQT energy per Hz of
 * bin bandwidth, so white noise is flat) lies on the harmonic series (harmonics 1..6, each with its neighbouring
 * semitones) of its best-explaining fundamental than chance would put there: {@code (share - chance) / (1 - chance)}.
 * A held note is near 1, noise and drums near 0, silence (below about -70 dBFS) 0.</li>
 * <li>{@value #BASS_MOTION}: bass pitch motion in semitones per second, {@code >= 0}: how fast the pitch of the
 * strongest bass note (20-300 Hz, fundamental preferred over its harmonics) moves, averaged over
 * {@value #MOTION_AVERAGE_SEC} s. 0 while the bass holds a note or is silent; a bassline stepping a fifth every beat
 * at 120 BPM averages about 14.</li>
 * <li>{@value #TONAL}: tonal stability, 0..1: how steady and how clear the pitch classes are over the surrounding
 * {@value #TONAL_WINDOW_SEC} s: the mean similarity (cosine) of each frame's chroma to the window's mean chroma,
 * times one minus the flatness (geometric over arithmetic mean) of the window's mean chroma energy. A sustained chord
 * is near 1, changing harmony lower, noise or silence near 0.</li>
 * </ul>
 */
public final class CqtFeatures {

    public static final String HARMONIC = "harmonic";
    public static final String BASS_MOTION = "bassMotion";
    public static final String TONAL = "tonal";

    static final double MOTION_AVERAGE_SEC = 0.1;
    static final double TONAL_WINDOW_SEC = 1.0;
    /** Frames whose CQT energy is below this mean square (about -70 dBFS) count as silent. */
    private static final double SILENT_ENERGY = 1e-7;
    private static final double BASS_LOW_HZ = 20;
    private static final double BASS_HIGH_HZ = 300;
    /** Semitones from a fundamental to harmonics 1..6. */
    private static final int[] HARMONICS = {0, 12, 19, 24, 28, 31};

    private CqtFeatures() {
    }

    /** The three signals of {@code cqt} ({@code frames x} {@link ConstantQ#BINS}) at {@code frameRate}. */
    public static Map<String, SampledSignal> of(float[][] cqt, double frameRate) {
        Map<String, SampledSignal> out = new LinkedHashMap<>();
        out.put(HARMONIC, new SampledSignal(frameRate, harmonic(cqt)));
        out.put(BASS_MOTION, new SampledSignal(frameRate, bassMotion(cqt, frameRate)));
        out.put(TONAL, new SampledSignal(frameRate, tonal(cqt, frameRate)));
        return out;
    }

    static float[] harmonic(float[][] cqt) {
        float[] out = new float[cqt.length];
        double[] d = new double[ConstantQ.BINS];
        for (int i = 0; i < cqt.length; i++) {
            double energy = 0;
            double total = 0;
            int strongest = 0;
            for (int k = 0; k < d.length; k++) {
                double p = (double) cqt[i][k] * cqt[i][k];
                energy += p;
                d[k] = p / ConstantQ.hz(k); // bandwidth is proportional to the centre frequency
                total += d[k];
                if (d[k] > d[strongest]) {
                    strongest = k;
                }
            }
            if (energy < SILENT_ENERGY) {
                continue;
            }
            double best = 0;
            // the strongest bin may be harmonic 1..4 of the fundamental
            for (int h = 0; h < 4; h++) {
                int f0 = strongest - HARMONICS[h];
                if (f0 >= 0) {
                    double[] series = onSeries(d, f0);
                    double share = series[0] / total;
                    double chance = series[1] / d.length;
                    best = Math.max(best, (share - chance) / (1 - chance));
                }
            }
            out[i] = (float) Math.max(0, Math.min(1, best));
        }
        return out;
    }

    /**
     * The density on the harmonic series of bin {@code f0} (each harmonic with its neighbours, each bin counted once)
     * and the number of bins that is.
     */
    private static double[] onSeries(double[] d, int f0) {
        boolean[] used = new boolean[d.length];
        double sum = 0;
        int bins = 0;
        for (int semis : HARMONICS) {
            for (int j = -1; j <= 1; j++) {
                int k = f0 + semis + j;
                if (k >= 0 && k < d.length && !used[k]) {
                    used[k] = true;
                    sum += d[k];
                    bins++;
                }
            }
        }
        return new double[] {sum, bins};
    }

    static float[] bassMotion(float[][] cqt, double frameRate) {
        int lo = (int) Math.max(0, Math.ceil(ConstantQ.bin(BASS_LOW_HZ)));
        int hi = (int) Math.min(ConstantQ.BINS - 1, Math.floor(ConstantQ.bin(BASS_HIGH_HZ)));
        double[] pitch = new double[cqt.length];
        for (int i = 0; i < cqt.length; i++) {
            pitch[i] = Double.NaN;
            double energy = 0;
            double bestScore = 0;
            int best = -1;
            for (int k = lo; k <= hi; k++) {
                double pk = (double) cqt[i][k] * cqt[i][k];
                energy += pk;
                double score = pk + 0.5 * power(cqt[i], k + 12) + 0.33 * power(cqt[i], k + 19);
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            if (best < 0 || energy < SILENT_ENERGY) {
                continue;
            }
            pitch[i] = best + parabola(cqt[i], best, lo, hi);
        }
        float[] motion = new float[cqt.length];
        for (int i = 1; i < cqt.length; i++) {
            if (!Double.isNaN(pitch[i]) && !Double.isNaN(pitch[i - 1])) {
                motion[i] = (float) (Math.abs(pitch[i] - pitch[i - 1]) * frameRate);
            }
        }
        return movingAverage(motion, (int) Math.max(1, Math.round(MOTION_AVERAGE_SEC * frameRate)));
    }

    private static double power(float[] row, int k) {
        return k < row.length ? (double) row[k] * row[k] : 0;
    }

    /** Sub-bin offset of a peak from a parabola through the log power of it and its neighbours. */
    private static double parabola(float[] row, int k, int lo, int hi) {
        if (k <= lo || k >= hi) {
            return 0;
        }
        double a = Math.log(1e-12 + power(row, k - 1));
        double b = Math.log(1e-12 + power(row, k));
        double c = Math.log(1e-12 + power(row, k + 1));
        double den = a - 2 * b + c;
        return den >= 0 ? 0 : Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / den));
    }

    static float[] tonal(float[][] cqt, double frameRate) {
        int n = cqt.length;
        int classes = Chroma.CLASSES;
        float[][] chroma = Chroma.amplitudes(cqt, 0, Double.POSITIVE_INFINITY);
        // prefix sums of each frame's chroma amplitude, its unit vector and its energy
        double[][] sum = new double[n + 1][classes];
        double[][] unitSum = new double[n + 1][classes];
        double[][] energySum = new double[n + 1][classes];
        boolean[] sounding = new boolean[n];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < classes; c++) {
                norm += (double) chroma[i][c] * chroma[i][c];
            }
            sounding[i] = norm >= SILENT_ENERGY;
            norm = Math.sqrt(norm);
            for (int c = 0; c < classes; c++) {
                double a = chroma[i][c];
                sum[i + 1][c] = sum[i][c] + a;
                unitSum[i + 1][c] = unitSum[i][c] + (sounding[i] ? a / norm : 0);
                energySum[i + 1][c] = energySum[i][c] + a * a;
            }
        }
        int half = (int) Math.round(TONAL_WINDOW_SEC * frameRate / 2);
        float[] out = new float[n];
        double[] mean = new double[classes];
        for (int i = 0; i < n; i++) {
            if (!sounding[i]) {
                continue;
            }
            int from = Math.max(0, i - half);
            int to = Math.min(n, i + half + 1);
            double meanNorm = 0;
            double dot = 0;
            double energyTotal = 0;
            for (int c = 0; c < classes; c++) {
                mean[c] = (sum[to][c] - sum[from][c]) / (to - from);
                meanNorm += mean[c] * mean[c];
                dot += (unitSum[to][c] - unitSum[from][c]) * mean[c];
                energyTotal += energySum[to][c] - energySum[from][c];
            }
            meanNorm = Math.sqrt(meanNorm);
            if (meanNorm <= 0 || energyTotal <= 0) {
                continue;
            }
            double logSum = 0;
            for (int c = 0; c < classes; c++) {
                logSum += Math.log((energySum[to][c] - energySum[from][c]) / energyTotal + 1e-9);
            }
            double flatness = Math.exp(logSum / classes) * classes; // geometric mean over the arithmetic mean (1/12)
            double stability = dot / ((to - from) * meanNorm);
            out[i] = (float) Math.max(0, Math.min(1, stability * (1 - Math.min(1, flatness))));
        }
        return out;
    }

    private static float[] movingAverage(float[] x, int width) {
        if (width <= 1) {
            return x;
        }
        double[] prefix = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            prefix[i + 1] = prefix[i] + x[i];
        }
        float[] out = new float[x.length];
        int half = width / 2;
        for (int i = 0; i < x.length; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(x.length, i - half + width);
            out[i] = (float) ((prefix[to] - prefix[from]) / (to - from));
        }
        return out;
    }
}
