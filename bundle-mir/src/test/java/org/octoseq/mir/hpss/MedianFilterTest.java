package org.octoseq.mir.hpss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The running median equals a median by sorting every window, with repeated edges, both ways. */
class MedianFilterTest {

    private static float naive(float[] x, int centre, int radius) {
        float[] w = new float[2 * radius + 1];
        for (int j = -radius; j <= radius; j++) {
            w[j + radius] = x[Math.max(0, Math.min(x.length - 1, centre + j))];
        }
        Arrays.sort(w);
        return w[radius];
    }

    @Test
    void alongFrequencyMatchesSorting() {
        Random r = new Random(3);
        float[][] rows = new float[7][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new float[40 + i];
            for (int k = 0; k < rows[i].length; k++) {
                rows[i][k] = r.nextInt(6) * 0.5f; // many ties
            }
        }
        for (int radius : new int[] {1, 3, 8, 30}) {
            float[][] out = MedianFilter.alongFrequency(rows, radius);
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < rows[i].length; k++) {
                    assertEquals(naive(rows[i], k, radius), out[i][k], "row " + i + " bin " + k + " radius " + radius);
                }
            }
        }
    }

    @Test
    void alongTimeMatchesSortingPerBin() {
        Random r = new Random(5);
        float[][] rows = new float[200][9];
        for (float[] row : rows) {
            for (int k = 0; k < row.length; k++) {
                row[k] = (float) r.nextGaussian();
            }
        }
        float[][] out = MedianFilter.alongTime(rows, 15);
        for (int k = 0; k < 9; k++) {
            float[] column = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = rows[i][k];
            }
            float[] expected = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                expected[i] = naive(column, i, 15);
            }
            float[] got = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                got[i] = out[i][k];
            }
            assertArrayEquals(expected, got, "bin " + k);
        }
    }

    @Test
    void hpssSplitsASteadyToneFromAClickAndThePartsAddUp() {
        float[][] m = new float[60][50];
        for (float[] row : m) {
            row[20] = 1f; // a steady partial
        }
        for (int k = 0; k < 50; k++) {
            m[30][k] += 0.5f; // a broadband click
        }
        Hpss parts = Hpss.of(m, 5, 5);
        assertEquals(1.0, parts.harmonic()[10][20], 1e-3);
        assertEquals(0.0, parts.percussive()[10][20], 1e-3);
        assertEquals(0.5, parts.percussive()[30][5], 1e-3);
        assertEquals(0.0, parts.harmonic()[30][5], 1e-3);
        for (int i = 0; i < m.length; i++) {
            for (int k = 0; k < 50; k++) {
                assertEquals(m[i][k], parts.harmonic()[i][k] + parts.percussive()[i][k], 1e-5);
            }
        }
    }
}
