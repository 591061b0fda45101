package org.octoseq.mir.custom;

/**
 * Triangular filters on the mel scale ({@code mel = 2595 log10(1 + f / 700)}), their centres equally spaced in mel
 * between {@code lowHz} and {@code highHz}. Each triangle peaks at 1 on its centre and reaches 0 on its neighbours'
 * centres, so neighbouring triangles sum to 1: summing the weighted power of all bands gives back the power of the
 * range. A band's value is the RMS amplitude of its part of the spectrum ({@code sqrt(c * sum w_k |X_k|^2)} with the
 * STFT's Parseval factor {@code c}), so a sine of amplitude {@code A} on a band's centre gives about {@code A / sqrt 2}.
 */
public final class MelFilterBank {

    private final int bands;
    private final double[] centres;
    private final int[] first;
    private final float[][] weights;

    /**
     * @param bands    number of bands
     * @param lowHz    lower edge of the lowest triangle
     * @param highHz   upper edge of the highest triangle
     * @param binCount number of spectrum bins ({@code N/2 + 1})
     * @param binHz    width of one bin (Hz)
     */
    public MelFilterBank(int bands, double lowHz, double highHz, int binCount, double binHz) {
        this.bands = bands;
        double lo = mel(lowHz);
        double hi = mel(highHz);
        double[] edges = new double[bands + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = hz(lo + (hi - lo) * i / (bands + 1));
        }
        this.centres = new double[bands];
        this.first = new int[bands];
        this.weights = new float[bands][];
        for (int b = 0; b < bands; b++) {
            double left = edges[b];
            double centre = edges[b + 1];
            double right = edges[b + 2];
            centres[b] = centre;
            int k0 = Math.max(0, (int) Math.ceil(left / binHz));
            int k1 = Math.min(binCount - 1, (int) Math.floor(right / binHz));
            if (k1 < k0) {
                // narrower than a bin: take the nearest bin whole
                k0 = k1 = (int) Math.min(binCount - 1, Math.round(centre / binHz));
                weights[b] = new float[] {1f};
            } else {
                weights[b] = new float[k1 - k0 + 1];
                for (int k = k0; k <= k1; k++) {
                    double f = k * binHz;
                    double w = f <= centre ? (f - left) / (centre - left) : (right - f) / (right - centre);
                    weights[b][k - k0] = (float) Math.max(0, Math.min(1, w));
                }
            }
            first[b] = k0;
        }
    }

    public static double mel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    public static double hz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }

    public int bands() {
        return bands;
    }

    /** Centre frequency of each band (Hz). */
    public double[] centres() {
        return centres.clone();
    }

    /**
     * Writes each band's weighted power {@code sum w_k |X_k|^2 * parseval} (a mean square) into {@code out}.
     *
     * @param magnitude amplitude per bin
     */
    public void power(float[] magnitude, double parseval, double[] out) {
        for (int b = 0; b < bands; b++) {
            float[] w = weights[b];
            int k0 = first[b];
            double sum = 0;
            for (int j = 0; j < w.length; j++) {
                float a = magnitude[k0 + j];
                sum += w[j] * a * a;
            }
            out[b] = sum * parseval;
        }
    }
}
