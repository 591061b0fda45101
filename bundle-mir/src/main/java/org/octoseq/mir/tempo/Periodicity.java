package org.octoseq.mir.tempo;

/**
 * The autocorrelation of a (locally mean-removed) onset envelope over a range of frames: how strongly the
 * envelope repeats after a lag of {@code tau} frames. Normalised so that lag 0 gives 1; values near 1 mean
 * a strongly periodic envelope. Fractional lags are interpolated linearly.
 */
final class Periodicity {

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
        double zero = 0;
        for (double v : e) {
            zero += v * v;
        }
        if (zero > 0 && n > 0) {
            for (int lag = 0; lag < acf.length && lag < n; lag++) {
                double s = 0;
                for (int i = 0; i + lag < n; i++) {
                    s += e[i] * e[i + lag];
                }
                // unbiased: a lag sees fewer products, which must not make long lags look weaker
                acf[lag] = s / (n - lag) / (zero / n);
            }
        }
        return new Periodicity(acf);
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
