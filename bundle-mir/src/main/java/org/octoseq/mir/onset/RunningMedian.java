package org.octoseq.mir.onset;

import java.util.Arrays;

/**
 * Median over a sliding window {@code [i - radius, i + radius]} (cut at the ends). Approximate for speed: the
 * median is taken every {@value #STEP} frames and held in between, which is plenty for a threshold that moves
 * over seconds.
 */
final class RunningMedian {

    private static final int STEP = 10;

    private final int radius;

    RunningMedian(int radius) {
        this.radius = Math.max(1, radius);
    }

    float[] apply(float[] x) {
        int n = x.length;
        float[] out = new float[n];
        // the values of x[lo, hi) in order, kept so as the window slides: ten values out and ten in per step instead
        // of a sort of the whole window
        float[] window = new float[2 * radius + 1];
        int size = 0;
        int lo = 0;
        int hi = 0;
        for (int start = 0; start < n; start += STEP) {
            int centre = Math.min(n - 1, start + STEP / 2);
            int from = Math.max(0, centre - radius);
            int to = Math.min(n, centre + radius + 1);
            if (from >= hi) { // a window narrower than the step: nothing of the last one stays
                size = 0;
                lo = from;
                hi = from;
            }
            for (; lo < from; lo++) {
                size = remove(window, size, x[lo]);
            }
            for (; hi < to; hi++) {
                size = insert(window, size, x[hi]);
            }
            float m = size % 2 == 1 ? window[size / 2] : 0.5f * (window[size / 2 - 1] + window[size / 2]);
            Arrays.fill(out, start, Math.min(n, start + STEP), m);
        }
        return out;
    }

    private static int insert(float[] sorted, int size, float v) {
        int at = Arrays.binarySearch(sorted, 0, size, v);
        // found (>= 0): there; not found (-insertion point - 1): its complement. Without a branch, which the JIT
        // compiler would cut for the rarer case and have to compile again when an equal value first comes
        at ^= at >> 31;
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = v;
        return size + 1;
    }

    private static int remove(float[] sorted, int size, float v) {
        int at = Arrays.binarySearch(sorted, 0, size, v); // present: it was inserted
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        return size - 1;
    }
}
