package org.octoseq.mir.custom;

/**
 * Mel-frequency cepstral coefficients: the orthonormal DCT-II of the natural log of the mel power
 * ({@code ln(power + 1e-10)}) of each frame. Coefficient 0 follows loudness, the next ones the spectral envelope's
 * shape; a flat spectrum has only coefficient 0.
 */
final class Mfcc {

    private static final double FLOOR = 1e-10;

    private Mfcc() {
    }

    /** {@code coefficients} coefficients of every frame of {@code melPower} ({@code [frame][band]}). */
    static float[][] of(float[][] melPower, int coefficients) {
        int frames = melPower.length;
        int bands = frames == 0 ? 0 : melPower[0].length;
        double[][] basis = new double[coefficients][bands];
        for (int c = 0; c < coefficients; c++) {
            double scale = Math.sqrt((c == 0 ? 1.0 : 2.0) / bands);
            for (int m = 0; m < bands; m++) {
                basis[c][m] = scale * Math.cos(Math.PI * c * (m + 0.5) / bands);
            }
        }
        float[][] out = new float[frames][coefficients];
        double[] log = new double[bands];
        for (int i = 0; i < frames; i++) {
            for (int m = 0; m < bands; m++) {
                log[m] = Math.log(melPower[i][m] + FLOOR);
            }
            for (int c = 0; c < coefficients; c++) {
                double sum = 0;
                for (int m = 0; m < bands; m++) {
                    sum += basis[c][m] * log[m];
                }
                out[i][c] = (float) sum;
            }
        }
        return out;
    }
}
