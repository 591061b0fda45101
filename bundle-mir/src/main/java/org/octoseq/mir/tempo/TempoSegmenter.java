package org.octoseq.mir.tempo;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.mir.concurrent.Parallelism;

/**
 * Finds where the tempo changes: the tempo is estimated in {@value #WINDOW_SEC} s windows every
 * {@value #HOP_SEC} s (within a factor 1.4 of the global tempo, so the local estimates keep its octave),
 * smoothed, and cut into stretches whose tempo stays within {@value #TOLERANCE} of their median. Stretches
 * shorter than {@value #MIN_SEGMENT_SEC} s are merged into a neighbour.
 */
final class TempoSegmenter {

    static final double WINDOW_SEC = 8;
    static final double HOP_SEC = 1;
    static final double TOLERANCE = 0.04;
    static final double MIN_SEGMENT_SEC = 6;

    /** A stretch of frames {@code [from, to)} with one tempo. */
    record Stretch(int from, int to, double bpm) { }

    /** Fewest windows worth handing to another thread (a minute of audio). */
    private static final int MIN_WINDOWS_PER_PIECE = 60;

    private final TempoEstimator estimator;
    private final double frameRate;
    private final Parallelism parallelism;

    TempoSegmenter(TempoEstimator estimator, double frameRate, Parallelism parallelism) {
        this.estimator = estimator;
        this.frameRate = frameRate;
        this.parallelism = parallelism;
    }

    /** The constant-tempo stretches of {@code onset}, covering every frame, given its global tempo. */
    List<Stretch> segment(float[] onset, double globalBpm) {
        int n = onset.length;
        int window = (int) (WINDOW_SEC * frameRate);
        int hop = (int) (HOP_SEC * frameRate);
        if (n < 2 * window) {
            return List.of(new Stretch(0, n, globalBpm));
        }
        int windows = (n - window) / hop + 1;
        double[] local = new double[windows];
        // the windows are independent: other threads that come free take some
        parallelism.share(windows, MIN_WINDOWS_PER_PIECE, (from, to) -> {
            for (int w = from; w < to; w++) {
                int start = w * hop;
                local[w] = estimator.estimate(onset, start, start + window, globalBpm / 1.4, globalBpm * 1.4, false).bpm();
            }
        });
        double[] smooth = median3(local);
        List<int[]> runs = new ArrayList<>(); // [firstWindow, lastWindow]
        int runStart = 0;
        for (int w = 1; w < smooth.length; w++) {
            double ref = medianOf(smooth, runStart, w);
            if (Math.abs(smooth[w] / ref - 1) > TOLERANCE
                    && (w + 1 >= smooth.length || Math.abs(smooth[w + 1] / ref - 1) > TOLERANCE)) {
                runs.add(new int[] {runStart, w - 1});
                runStart = w;
            }
        }
        runs.add(new int[] {runStart, smooth.length - 1});
        mergeShort(runs, hop);
        List<Stretch> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            int[] r = runs.get(i);
            int from = i == 0 ? 0 : boundary(runs.get(i - 1), r, hop, window);
            int to = i == runs.size() - 1 ? n : boundary(r, runs.get(i + 1), hop, window);
            double bpm = medianOf(smooth, r[0], r[1] + 1);
            out.add(new Stretch(from, to, bpm));
        }
        return out;
    }

    /** Halfway between the centres of the last window of {@code before} and the first of {@code after}. */
    private static int boundary(int[] before, int[] after, int hop, int window) {
        return (before[1] * hop + window / 2 + after[0] * hop + window / 2) / 2;
    }

    private void mergeShort(List<int[]> runs, int hop) {
        int minWindows = (int) Math.ceil(MIN_SEGMENT_SEC * frameRate / hop);
        boolean merged = true;
        while (merged && runs.size() > 1) {
            merged = false;
            for (int i = 0; i < runs.size(); i++) {
                int[] r = runs.get(i);
                if (r[1] - r[0] + 1 < minWindows) {
                    int j = i == 0 ? 1 : i - 1;
                    int[] o = runs.get(j);
                    runs.set(Math.min(i, j), new int[] {Math.min(r[0], o[0]), Math.max(r[1], o[1])});
                    runs.remove(Math.max(i, j));
                    merged = true;
                    break;
                }
            }
        }
    }

    private static double[] median3(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < out.length; i++) {
            double a = x[Math.max(0, i - 1)];
            double b = x[i];
            double c = x[Math.min(out.length - 1, i + 1)];
            out[i] = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
        }
        return out;
    }

    private static double medianOf(double[] x, int from, int to) {
        double[] part = java.util.Arrays.copyOfRange(x, from, Math.max(from + 1, to));
        java.util.Arrays.sort(part);
        return part[part.length / 2];
    }
}
