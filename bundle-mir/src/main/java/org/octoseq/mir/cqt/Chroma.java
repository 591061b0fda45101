package org.octoseq.mir.cqt;

/**
 * Pitch-class profiles from a constant-Q spectrum: the energy of every CQT bin of a class (C = 0 .. B = 11), over all
 * octaves within a frequency range, combined as an amplitude ({@code sqrt} of the summed squares).
 */
public final class Chroma {

    public static final int CLASSES = 12;
    /** Frames whose strongest class is below this amplitude (about -80 dBFS) count as silent. */
    static final float SILENT = 1e-4f;

    private Chroma() {
    }

    /** Amplitude per pitch class of each frame, from the CQT bins whose centre lies in {@code [lowHz, highHz]}. */
    public static float[][] amplitudes(float[][] cqt, double lowHz, double highHz) {
        float[][] out = new float[cqt.length][CLASSES];
        for (int i = 0; i < cqt.length; i++) {
            double[] e = new double[CLASSES];
            for (int k = 0; k < ConstantQ.BINS; k++) {
                double f = ConstantQ.hz(k);
                if (f >= lowHz && f <= highHz) {
                    e[k % CLASSES] += (double) cqt[i][k] * cqt[i][k];
                }
            }
            for (int c = 0; c < CLASSES; c++) {
                out[i][c] = (float) Math.sqrt(e[c]);
            }
        }
        return out;
    }

    /** Each frame scaled so its strongest class is 1; silent frames are all 0. */
    public static float[][] normalised(float[][] amplitudes) {
        float[][] out = new float[amplitudes.length][CLASSES];
        for (int i = 0; i < amplitudes.length; i++) {
            float max = 0;
            for (float v : amplitudes[i]) {
                max = Math.max(max, v);
            }
            if (max >= SILENT) {
                for (int c = 0; c < CLASSES; c++) {
                    out[i][c] = amplitudes[i][c] / max;
                }
            }
        }
        return out;
    }
}
