package org.octoseq.mir.tempo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The autocorrelation of a (locally mean-removed) onset envelope over a range of frames: how strongly the
 * envelope repeats after a lag of {@code tau} frames. Normalised so that lag 0 gives 1; values near 1 mean
 * a strongly periodic envelope. Fractional lags are interpolated linearly.
 */
final class Periodicity {

    /** The largest FFT used (JTransforms stays single-threaded below 8192 points). */
    static final int FFT_MAX = 4096;

    /**
     * The FFTs by size, made once: a tempo analysis correlates hundreds of windows of a few sizes, and making an FFT
     * computes its tables of sines. JTransforms' power-of-two transforms only read their tables, so threads share them.
     */
    private static final Map<Integer, DoubleFFT_1D> FFTS = new ConcurrentHashMap<>();

    private final double[] acf;

    private Periodicity(double[] acf) {
        this.acf = acf;
    }

    /**
     * @param onset  onset strength per frame
     * @param from   first frame (inclusive)
     * @param to     last frame (exclusive)
     * @param maxLag largest lag needed, in frames
     */
    static Periodicity of(float[] onset, int from, int to, int maxLag) {
        int n = to - from;
        double[] e = centred(onset, from, to);
        double[] acf = new double[maxLag + 2];
        double[] sums = lagProducts(e, Math.min(acf.length, n));
        double zero = sums.length > 0 ? sums[0] : 0;
        if (zero > 0) {
            for (int lag = 0; lag < sums.length; lag++) {
                // unbiased: a lag sees fewer products, which must not make long lags look weaker
                acf[lag] = sums[lag] / (n - lag) / (zero / n);
            }
        }
        return new Periodicity(acf);
    }

    /**
     * {@code sum_i e[i] e[i + lag]} for {@code lag = 0 .. lags - 1}. Through a zero-padded FFT (power spectrum,
     * inverse transform) for windows up to {@value #FFT_MAX} points; directly for longer ones, where the FFT
     * library would start threads of its own.
     */
    private static double[] lagProducts(double[] e, int lags) {
        int n = e.length;
        double[] out = new double[Math.max(0, lags)];
        int size = Integer.highestOneBit(Math.max(1, n + lags - 1) * 2 - 1);
        if (lags <= 0) {
            return out;
        }
        if (size > FFT_MAX) {
            for (int lag = 0; lag < lags; lag++) {
                double s = 0;
                for (int i = 0; i + lag < n; i++) {
                    s += e[i] * e[i + lag];
                }
                out[lag] = s;
            }
            return out;
        }
        double[] a = java.util.Arrays.copyOf(e, size);
        DoubleFFT_1D fft = FFTS.computeIfAbsent(size, DoubleFFT_1D::new);
        fft.realForward(a);
        // packed: a[0] = Re(0), a[1] = Re(N/2), then Re(k), Im(k) pairs; the power spectrum is real
        a[0] = a[0] * a[0];
        a[1] = a[1] * a[1];
        for (int k = 2; k < size; k += 2) {
            a[k] = a[k] * a[k] + a[k + 1] * a[k + 1];
            a[k + 1] = 0;
        }
        fft.realInverse(a, true);
        System.arraycopy(a, 0, out, 0, lags);
        return out;
    }

    /** The envelope minus its running mean over about a second, so slow loudness changes do not correlate. */
    private static double[] centred(float[] onset, int from, int to) {
        int n = to - from;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + onset[from + i];
        }
        int r = 50;
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - r);
            int hi = Math.min(n, i + r + 1);
            e[i] = onset[from + i] - (prefix[hi] - prefix[lo]) / (hi - lo);
        }
        return e;
    }

    /** The normalised autocorrelation at a (fractional) lag in frames; 0 beyond the computed lags. */
    double at(double lag) {
        if (lag < 0 || lag >= acf.length - 1) {
            return 0;
        }
        int i = (int) lag;
        double f = lag - i;
        return acf[i] * (1 - f) + acf[i + 1] * f;
    }

    /** The largest lag computed. */
    int maxLag() {
        return acf.length - 2;
    }
}
