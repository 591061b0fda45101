package org.octoseq.mir.onset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RunningMedianTest {

    /** The definition: every tenth frame, the median of the window around it, sorted afresh; held in between. */
    private static float[] sortedWindows(float[] x, int radius) {
        int n = x.length;
        float[] out = new float[n];
        for (int start = 0; start < n; start += 10) {
            int centre = Math.min(n - 1, start + 5);
            float[] w = Arrays.copyOfRange(x, Math.max(0, centre - radius), Math.min(n, centre + radius + 1));
            Arrays.sort(w);
            int len = w.length;
            float m = len % 2 == 1 ? w[len / 2] : 0.5f * (w[len / 2 - 1] + w[len / 2]);
            Arrays.fill(out, start, Math.min(n, start + 10), m);
        }
        return out;
    }

    @Test
    void theSlidingWindowGivesTheMedianOfEachWindowExactly() {
        Random rnd = new Random(3);
        for (int n : new int[] {1, 2, 9, 10, 11, 57, 100, 101, 102, 1000, 6007}) {
            for (int radius : new int[] {1, 5, 50, 200}) {
                float[] x = new float[n];
                for (int i = 0; i < n; i++) {
                    // repeated values and runs of zeros, as an onset envelope has
                    x[i] = rnd.nextInt(4) == 0 ? 0f : rnd.nextInt(20) / 19f;
                }
                assertArrayEquals(sortedWindows(x, radius), new RunningMedian(radius).apply(x), "n=" + n + " r=" + radius);
            }
        }
    }

    @Test
    void nothingInNothingOut() {
        assertArrayEquals(new float[0], new RunningMedian(50).apply(new float[0]));
    }
}
