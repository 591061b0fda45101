package org.octoseq.mir.hpss;

/**
 * Median filtering of a spectrogram along time or along frequency with a running median ({@link SortedWindow}): each
 * output cell costs one step of a sorted window instead of a sort. The window is {@code 2 * radius + 1} cells; beyond
 * either end the first or last cell's value repeats, so the edges are not pulled towards zero. Filtering along time
 * works on a transposed copy, so both directions run over contiguous memory.
 */
public final class MedianFilter {

    /** Bins transposed together when filtering along time. */
    private static final int BLOCK = 16;

    private MedianFilter() {
    }

    /** The median of every cell over {@code 2 radius + 1} frames around it, per bin ({@code rows[frame][bin]}). */
    public static float[][] alongTime(float[][] rows, int radius) {
        int frames = rows.length;
        if (frames == 0) {
            return new float[0][];
        }
        int bins = rows[0].length;
        float[][] columns = new float[BLOCK][frames];
        float[] filtered = new float[frames];
        float[][] out = new float[frames][bins];
        // a block of neighbouring bins at a time: each row is read and written a cache line at a time
        for (int k0 = 0; k0 < bins; k0 += BLOCK) {
            int width = Math.min(BLOCK, bins - k0);
            for (int i = 0; i < frames; i++) {
                float[] row = rows[i];
                for (int b = 0; b < width; b++) {
                    columns[b][i] = row[k0 + b];
                }
            }
            for (int b = 0; b < width; b++) {
                filter(columns[b], filtered, radius);
                System.arraycopy(filtered, 0, columns[b], 0, frames);
            }
            for (int i = 0; i < frames; i++) {
                float[] row = out[i];
                for (int b = 0; b < width; b++) {
                    row[k0 + b] = columns[b][i];
                }
            }
        }
        return out;
    }

    /** The median of every cell over {@code 2 radius + 1} bins around it, frame by frame. */
    public static float[][] alongFrequency(float[][] rows, int radius) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new float[rows[i].length];
            filter(rows[i], out[i], radius);
        }
        return out;
    }

    /** The running median of {@code in} into {@code out} (same length). */
    static void filter(float[] in, float[] out, int radius) {
        int n = in.length;
        if (n == 0) {
            return;
        }
        float[] init = new float[2 * radius + 1];
        for (int j = 0; j < init.length; j++) {
            init[j] = in[clamp(j - radius, n)];
        }
        SortedWindow window = new SortedWindow(init);
        out[0] = window.median();
        for (int i = 1; i < n; i++) {
            window.replace(in[clamp(i - radius - 1, n)], in[clamp(i + radius, n)]);
            out[i] = window.median();
        }
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
