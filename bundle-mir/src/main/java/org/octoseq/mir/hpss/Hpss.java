package org.octoseq.mir.hpss;

/**
 * Harmonic/percussive source separation by median filtering (Fitzgerald 2010): sustained sound is smooth along
 * time, transients are smooth along frequency. The spectrogram is median-filtered both ways ({@link MedianFilter})
 * and each cell is split between the two parts with soft (Wiener, power 2) masks {@code H^2 / (H^2 + P^2)} and
 * {@code P^2 / (H^2 + P^2)}, so the parts add up to the input.
 *
 * @param harmonic   the sustained part, same shape and units as the input
 * @param percussive the transient part
 */
public record Hpss(float[][] harmonic, float[][] percussive) {

    private static final float EPS = 1e-20f;

    /**
     * Separates a magnitude spectrogram.
     *
     * @param magnitude   {@code [frame][bin]} amplitudes
     * @param timeRadius  half-span of the median along time, in frames (the kernel is {@code 2r + 1} frames)
     * @param freqRadius  half-span of the median along frequency, in bins
     */
    public static Hpss of(float[][] magnitude, int timeRadius, int freqRadius) {
        float[][] h = MedianFilter.alongTime(magnitude, timeRadius);
        float[][] p = MedianFilter.alongFrequency(magnitude, freqRadius);
        for (int i = 0; i < magnitude.length; i++) {
            float[] m = magnitude[i];
            float[] hi = h[i];
            float[] pi = p[i];
            for (int k = 0; k < m.length; k++) {
                float hh = hi[k] * hi[k];
                float pp = pi[k] * pi[k];
                float sum = hh + pp + EPS;
                hi[k] = m[k] * hh / sum;
                pi[k] = m[k] * pp / sum;
            }
        }
        return new Hpss(h, p);
    }
}
