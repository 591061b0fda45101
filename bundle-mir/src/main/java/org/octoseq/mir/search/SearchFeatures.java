package org.octoseq.mir.search;

import org.octoseq.mir.custom.SourceSpectra;
import org.octoseq.mir.custom.Spectrogram;

/**
 * What the search compares, for every {@value #STEP_SEC} s of a source: the shape of its spectrum (16 log mel bands),
 * its harmony (12 chroma classes) and its attack (the rise of the log mel spectrum), each dimension standardised over
 * the whole track (mean 0, standard deviation 1) and the three groups weighted equally.
 *
 * @param rows      one feature vector per step
 * @param stepsPerSecond how many rows per second
 */
public record SearchFeatures(float[][] rows, double stepsPerSecond) {

    static final double STEP_SEC = 0.1;
    private static final int MEL_BANDS = 16;

    /** The features of a source. */
    public static SearchFeatures of(SourceSpectra spectra) {
        Spectrogram mel = spectra.mel(MEL_BANDS);
        Spectrogram chroma = spectra.chroma(0, spectra.nyquistHz());
        int frames = spectra.frames();
        int dims = MEL_BANDS + 12 + 1;
        int per = (int) Math.max(1, Math.round(STEP_SEC * spectra.frameRate()));
        int steps = (frames + per - 1) / per;
        float[][] rows = new float[steps][dims];
        float[] prevLog = new float[MEL_BANDS];
        for (int i = 0; i < frames; i++) {
            float[] row = rows[i / per];
            double rise = 0;
            for (int b = 0; b < MEL_BANDS; b++) {
                float log = (float) Math.log1p(1000 * mel.values()[i][b]);
                row[b] += log;
                if (i > 0 && log > prevLog[b]) {
                    rise += log - prevLog[b];
                }
                prevLog[b] = log;
            }
            for (int c = 0; c < 12; c++) {
                row[MEL_BANDS + c] += chroma.values()[i][c];
            }
            row[dims - 1] += (float) rise;
        }
        for (int s = 0; s < steps; s++) {
            int n = Math.min(per, frames - s * per);
            for (int d = 0; d < dims; d++) {
                rows[s][d] /= n;
            }
        }
        standardise(rows, dims);
        for (float[] row : rows) {
            for (int d = 0; d < dims; d++) {
                int group = d < MEL_BANDS ? MEL_BANDS : d < MEL_BANDS + 12 ? 12 : 1;
                row[d] /= (float) Math.sqrt(group);
            }
        }
        return new SearchFeatures(rows, 1 / STEP_SEC);
    }

    private static void standardise(float[][] rows, int dims) {
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (float[] row : rows) {
                mean += row[d];
            }
            mean /= Math.max(1, rows.length);
            double var = 0;
            for (float[] row : rows) {
                var += (row[d] - mean) * (row[d] - mean);
            }
            double sd = Math.sqrt(var / Math.max(1, rows.length));
            for (float[] row : rows) {
                row[d] = sd > 1e-6 ? (float) ((row[d] - mean) / sd) : 0f;
            }
        }
    }
}
