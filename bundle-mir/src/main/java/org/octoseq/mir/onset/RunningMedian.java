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
        float[] buf = new float[2 * radius + 1];
        for (int start = 0; start < n; start += STEP) {
            int centre = Math.min(n - 1, start + STEP / 2);
            int lo = Math.max(0, centre - radius);
            int hi = Math.min(n, centre + radius + 1);
            int len = hi - lo;
            System.arraycopy(x, lo, buf, 0, len);
            Arrays.sort(buf, 0, len);
            float m = len % 2 == 1 ? buf[len / 2] : 0.5f * (buf[len / 2 - 1] + buf[len / 2]);
            Arrays.fill(out, start, Math.min(n, start + STEP), m);
        }
        return out;
    }
}
