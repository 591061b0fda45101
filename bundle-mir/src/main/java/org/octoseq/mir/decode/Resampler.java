package org.octoseq.mir.decode;

import java.util.Arrays;
import org.octoseq.mir.concurrent.Parallelism;

/**
 * Band-limited sample-rate conversion by a rational factor {@code up / down}, as a polyphase windowed-sinc
 * (Kaiser window) filter.
 *
 * <p>Output sample {@code j} sits at input position {@code j * down / up} exactly, so times stay tied to
 * sample positions (no drift, no delay: the filter is centred). The low-pass cut-off is 0.45 times the lower
 * of the two rates (the -6 dB point), with a transition band of about 0.1 of that rate either side: the pass band
 * is flat to about 80 % of the lower Nyquist frequency, and what aliases is attenuated by about 60 dB (only the
 * top 10 % of the band receives any alias at all). Thread-safe and
 * immutable once built.
 */
public final class Resampler {

    /** Zero crossings of the sinc on each side of the centre, at the lower rate. */
    private static final int HALF_ZEROS = 10;
    private static final double KAISER_BETA = 6.0;
    private static final double CUTOFF = 0.9;

    private final int up;
    private final int down;
    private final int halfTaps;
    /** {@code phases[p][k]}: the weight of input {@code base + k - halfTaps + 1} for output phase {@code p}. */
    private final float[][] phases;

    /**
     * @param fromHz input sample rate (Hz), a positive whole number
     * @param toHz   output sample rate (Hz), a positive whole number
     */
    public Resampler(int fromHz, int toHz) {
        if (fromHz <= 0 || toHz <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + fromHz + " -> " + toHz);
        }
        int g = gcd(fromHz, toHz);
        this.up = toHz / g;
        this.down = fromHz / g;
        // cut-off relative to the input rate: the lower Nyquist, slightly reduced
        double fc = CUTOFF * 0.5 * Math.min(1.0, (double) up / down);
        this.halfTaps = (int) Math.ceil(HALF_ZEROS * Math.max(1.0, (double) down / up));
        this.phases = new float[up][2 * halfTaps];
        for (int p = 0; p < up; p++) {
            double frac = (double) p / up; // the output's position between two inputs
            double sum = 0;
            for (int k = 0; k < 2 * halfTaps; k++) {
                double d = (k - halfTaps + 1) - frac; // distance from the output position, in input samples
                double w = 2 * fc * sinc(2 * fc * d) * kaiser(d / (halfTaps + 1.0));
                phases[p][k] = (float) w;
                sum += w;
            }
            for (int k = 0; k < 2 * halfTaps; k++) {
                phases[p][k] /= (float) sum; // unity gain at DC for every phase
            }
        }
    }

    /** Whether this converter changes anything (the rates differ). */
    public boolean isIdentity() {
        return up == down;
    }

    /** Number of output samples for {@code inputLength} input samples: {@code ceil(n * up / down)}. */
    public int outputLength(int inputLength) {
        return (int) ((inputLength * (long) up + down - 1) / down);
    }

    /** Converts {@code x}; samples beyond either end of {@code x} count as 0. */
    public float[] process(float[] x) {
        if (isIdentity()) {
            return x.clone();
        }
        float[] y = new float[outputLength(x.length)];
        process(x, y, 0, y.length);
        return y;
    }

    /** Converts {@code x} with its output split over {@code parallelism}; same result as {@link #process(float[])}. */
    public float[] process(float[] x, Parallelism parallelism) {
        if (isIdentity()) {
            return x.clone();
        }
        float[] y = new float[outputLength(x.length)];
        parallelism.split(y.length, 1 << 16, (from, to) -> process(x, y, from, to));
        return y;
    }

    /** Computes output samples {@code from .. to - 1} of {@code x} into {@code y} (independent of other ranges). */
    void process(float[] x, float[] y, int from, int to) {
        if (up == 1) {
            decimate(x, y, from, to);
        } else {
            direct(x, y, from, to);
        }
    }

    /** {@link #process(float[], float[], int, int)} one output at a time, for any ratio. */
    void direct(float[] x, float[] y, int from, int to) {
        int taps = 2 * halfTaps;
        for (int j = from; j < to; j++) {
            long pos = (long) j * down;
            int base = (int) (pos / up);
            float[] h = phases[(int) (pos % up)];
            int first = base - halfTaps + 1;
            if (first >= 0 && first + taps <= x.length) {
                y[j] = dot(h, x, first, taps);
            } else {
                double acc = 0;
                for (int k = 0; k < taps; k++) {
                    int i = first + k;
                    if (i >= 0 && i < x.length) {
                        acc += h[k] * x[i];
                    }
                }
                y[j] = (float) acc;
            }
        }
    }

    /** Outputs per block of {@link #decimate}: a block and its inputs stay in the first-level cache. */
    private static final int BLOCK = 2048;

    /**
     * Outputs {@code from .. to - 1} when the output rate divides the input rate ({@code up == 1}, e.g. 44 100 to
     * 22 050 Hz): the same sum as the general path, reordered so that the JIT compiler turns it into vector
     * instructions. Block by block, the inputs are first dealt into {@code down} polyphase rows
     * ({@code row[r][m] = x[(j + m) * down + r - halfTaps + 1]} for the block starting at output {@code j}, 0 beyond
     * the ends of {@code x}); then each tap {@code k} adds {@code h[k] * row[k % down][m + k / down]} to output
     * {@code j + m} for the whole block. That row is copied to offset 0 first: HotSpot 17 does not vectorise a loop
     * whose two arrays are indexed with different offsets, and the copy costs far less than the multiply-adds saved.
     */
    private void decimate(float[] x, float[] y, int from, int to) {
        int taps = 2 * halfTaps;
        float[] h = phases[0];
        int span = BLOCK + (taps + down - 1) / down;
        float[][] rows = new float[down][span];
        float[] shifted = new float[BLOCK];
        float[] acc = new float[BLOCK];
        for (int j = from; j < to; j += BLOCK) {
            int n = Math.min(BLOCK, to - j);
            int first = j * down - halfTaps + 1;
            for (int r = 0; r < down; r++) {
                float[] row = rows[r];
                // row[m] = x[first + r + m * down] where that index is inside x, else 0
                int lo = Math.max(0, Math.floorDiv(-(first + r) + down - 1, down));
                int hi = Math.min(span, Math.floorDiv(x.length - 1 - (first + r), down) + 1);
                Arrays.fill(row, 0, Math.min(span, Math.max(0, lo)), 0f);
                for (int m = lo, i = first + r + lo * down; m < hi; m++, i += down) {
                    row[m] = x[i];
                }
                Arrays.fill(row, Math.max(0, Math.max(lo, hi)), span, 0f);
            }
            Arrays.fill(acc, 0, n, 0f);
            for (int k = 0; k < taps; k++) {
                System.arraycopy(rows[k % down], k / down, shifted, 0, n);
                float c = h[k];
                for (int m = 0; m < n; m++) {
                    acc[m] += c * shifted[m];
                }
            }
            System.arraycopy(acc, 0, y, j, n);
        }
    }

    /**
     * {@code sum h[k] * x[at + k]}: four independent partial sums, so the multiply-adds overlap instead of each
     * waiting for the previous one (float precision is ample for a 20-60-tap filter on audio).
     */
    private static float dot(float[] h, float[] x, int at, int taps) {
        float a0 = 0;
        float a1 = 0;
        float a2 = 0;
        float a3 = 0;
        int k = 0;
        for (; k + 3 < taps; k += 4) {
            a0 += h[k] * x[at + k];
            a1 += h[k + 1] * x[at + k + 1];
            a2 += h[k + 2] * x[at + k + 2];
            a3 += h[k + 3] * x[at + k + 3];
        }
        for (; k < taps; k++) {
            a0 += h[k] * x[at + k];
        }
        return (a0 + a1) + (a2 + a3);
    }

    private static double sinc(double x) {
        return x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Kaiser window at {@code r} in [-1, 1] (0 outside). */
    private static double kaiser(double r) {
        if (Math.abs(r) >= 1) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
