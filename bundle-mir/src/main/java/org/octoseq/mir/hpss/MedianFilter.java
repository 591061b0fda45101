package org.octoseq.mir.hpss;

/**
 * Median filtering of a spectrogram along time or along frequency with a running median ({@link SortedWindow}): each
 * output cell costs one step of a sorted window instead of a sort. The window is {@code 2 * radius + 1} cells; beyond
 * either end the first or last cell's value repeats, so the edges are not pulled towards zero.
 */
public final class MedianFilter {

    private MedianFilter() {
    }

    /** The median of every cell over {@code 2 radius + 1} frames around it, per bin ({@code rows[frame][bin]}). */
    public static float[][] alongTime(float[][] rows, int radius) {
        int frames = rows.length;
        float[][] out = new float[frames][];
        if (frames == 0) {
            return out;
        }
        int bins = rows[0].length;
        for (int i = 0; i < frames; i++) {
            out[i] = new float[bins];
        }
        int w = 2 * radius + 1;
        SortedWindow[] windows = new SortedWindow[bins];
        float[] init = new float[w];
        for (int k = 0; k < bins; k++) {
            for (int j = 0; j < w; j++) {
                init[j] = rows[clamp(j - radius, frames)][k];
            }
            windows[k] = new SortedWindow(init);
        }
        for (int i = 0; i < frames; i++) {
            float[] o = out[i];
            if (i > 0) {
                float[] leaving = rows[clamp(i - radius - 1, frames)];
                float[] entering = rows[clamp(i + radius, frames)];
                for (int k = 0; k < bins; k++) {
                    windows[k].replace(leaving[k], entering[k]);
                }
            }
            for (int k = 0; k < bins; k++) {
                o[k] = windows[k].median();
            }
        }
        return out;
    }

    /** The median of every cell over {@code 2 radius + 1} bins around it, frame by frame. */
    public static float[][] alongFrequency(float[][] rows, int radius) {
        float[][] out = new float[rows.length][];
        int w = 2 * radius + 1;
        float[] init = new float[w];
        for (int i = 0; i < rows.length; i++) {
            float[] row = rows[i];
            int bins = row.length;
            float[] o = new float[bins];
            for (int j = 0; j < w; j++) {
                init[j] = row[clamp(j - radius, bins)];
            }
            SortedWindow window = new SortedWindow(init);
            o[0] = window.median();
            for (int k = 1; k < bins; k++) {
                window.replace(row[clamp(k - radius - 1, bins)], row[clamp(k + radius, bins)]);
                o[k] = window.median();
            }
            out[i] = o;
        }
        return out;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
