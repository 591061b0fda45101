package org.octoseq.mir.feature;

import org.octoseq.mir.spectral.FrequencyRange;

/**
 * The per-frame spectral features of one frequency range, filled frame by frame by {@link SpectralFeatures}:
 *
 * <ul>
 * <li>{@code energy}: RMS amplitude of the range (Parseval over its bins; a sine of amplitude {@code A} in the
 * range gives about {@code A / sqrt 2}, as the time-domain energy does);</li>
 * <li>{@code centroid}: magnitude-weighted mean frequency of the range in Hz, 0 where the range is silent
 * (below -100 dBFS);</li>
 * <li>{@code flux}: spectral flux, the sum over the range of the rise in amplitude since the previous frame
 * (half-wave rectified), in amplitude units;</li>
 * <li>{@code onset}: onset strength, the rise in log-compressed magnitude ({@code ln(1 + 1000 a)}) against a
 * frequency-max-filtered frame {@link #ONSET_LAG} frames back, averaged with equal weight per octave; scaled
 * to 0..1 (1 = the strongest onset of the range) by {@link #finish()}.</li>
 * </ul>
 */
public final class RangeFeatures {

    /** Frames between the compared spectra of the onset strength (20 ms at 100 frames/s). */
    public static final int ONSET_LAG = 2;

    private static final double SILENT_MEAN_SQUARE = 1e-10;

    private final FrequencyRange range;
    private final float[] energy;
    private final float[] centroid;
    private final float[] flux;
    private final float[] onset;
    private final float[] octaveWeight;
    private final double weightSum;
    private final double parseval;
    private float onsetMax;

    /**
     * @param frames   number of frames
     * @param parseval the STFT's factor from summed squared magnitudes to mean square
     *                 ({@link org.octoseq.mir.spectral.Stft#parsevalFactor()})
     */
    public RangeFeatures(FrequencyRange range, int frames, double parseval) {
        this.range = range;
        this.energy = new float[frames];
        this.centroid = new float[frames];
        this.flux = new float[frames];
        this.onset = new float[frames];
        this.parseval = parseval;
        this.octaveWeight = new float[range.lastBin() + 1];
        double sum = 0;
        for (int k = range.firstBin(); k <= range.lastBin(); k++) {
            octaveWeight[k] = (float) (1 / Math.sqrt(Math.max(k, 2)));
            sum += octaveWeight[k];
        }
        this.weightSum = sum;
    }

    public FrequencyRange range() {
        return range;
    }

    /**
     * Adds frame {@code i}. Frames may come in any order and from several threads, each frame once.
     *
     * @param mag     amplitude per bin of this frame
     * @param prevMag amplitude per bin of the previous frame (zeros before the first)
     * @param logMag  {@code ln(1 + 1000 a)} per bin of this frame
     * @param refLog  the max-filtered log magnitude {@link #ONSET_LAG} frames back
     */
    void frame(int i, float[] mag, float[] prevMag, float[] logMag, float[] refLog) {
        float sq = 0;
        float weighted = 0;
        float sum = 0;
        float rise = 0;
        float onsetRise = 0;
        // branch-free: x + |x| is twice the positive part of x, halved once at the end
        for (int k = range.firstBin(); k <= range.lastBin(); k++) {
            float a = mag[k];
            sq += a * a;
            sum += a;
            weighted += k * a;
            float d = a - prevMag[k];
            rise += d + Math.abs(d);
            float o = logMag[k] - refLog[k];
            onsetRise += (o + Math.abs(o)) * octaveWeight[k];
        }
        double meanSquare = sq * parseval;
        energy[i] = (float) Math.sqrt(meanSquare);
        centroid[i] = meanSquare > SILENT_MEAN_SQUARE && sum > 0 ? weighted / sum * (float) range.binHz() : 0f;
        flux[i] = 0.5f * rise;
        onset[i] = (float) (0.5 * onsetRise / weightSum);
    }

    /** Scales the onset strength to 0..1; call once after every frame is in. */
    void finish() {
        for (float v : onset) {
            onsetMax = Math.max(onsetMax, v);
        }
        if (onsetMax > 0) {
            float inv = 1f / onsetMax;
            for (int i = 0; i < onset.length; i++) {
                onset[i] *= inv;
            }
        }
    }

    /** Largest raw onset strength before scaling (mean log rise per octave-weighted bin). */
    public float rawOnsetMax() {
        return onsetMax;
    }

    public float[] energy() {
        return energy;
    }

    public float[] centroid() {
        return centroid;
    }

    public float[] flux() {
        return flux;
    }

    public float[] onset() {
        return onset;
    }
}
