package org.octoseq.mir.cqt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.octoseq.mir.analysis.AnalysisParameters;

/** The CQT and the three mix features on synthesised audio whose pitch, harmony and noise are known. */
class CqtFeaturesTest {

    private static final float RATE = AnalysisParameters.STANDARD.sampleRate();
    private static final double FPS = AnalysisParameters.STANDARD.frameRate();

    private static float[] silence(double sec) {
        return new float[(int) Math.round(sec * RATE)];
    }

    private static void add(float[] x, double hz, double amp, double from, double to) {
        for (int i = (int) Math.round(from * RATE); i < Math.min(x.length, Math.round(to * RATE)); i++) {
            double t = i / (double) RATE - from;
            double env = Math.min(1, Math.min(t, to - from - t) / 0.005);
            x[i] += (float) (amp * env * Math.sin(2 * Math.PI * hz * i / RATE));
        }
    }

    private static void noise(float[] x, double rms) {
        Random r = new Random(1);
        for (int i = 0; i < x.length; i++) {
            x[i] += (float) (r.nextGaussian() * rms);
        }
    }

    private static float[][] cqt(float[] x) {
        return new ConstantQ(RATE, FPS).transform(x, (int) Math.ceil(x.length * FPS / RATE));
    }

    private static double mean(float[] v, double from, double to) {
        double s = 0;
        int n = 0;
        for (int i = (int) Math.round(from * FPS); i <= Math.round(to * FPS); i++) {
            s += v[i];
            n++;
        }
        return s / n;
    }

    private static double max(float[] v, double from, double to) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = (int) Math.round(from * FPS); i <= Math.round(to * FPS); i++) {
            m = Math.max(m, v[i]);
        }
        return m;
    }

    @Test
    void aSineLandsInItsSemitoneBinWithItsAmplitude() {
        for (double hz : new double[] {55, 440, 3520}) {
            float[] x = silence(2);
            add(x, hz, 0.5, 0, 2);
            float[] frame = cqt(x)[100];
            int k = (int) Math.round(ConstantQ.bin(hz));
            int best = 0;
            for (int j = 1; j < ConstantQ.BINS; j++) {
                if (frame[j] > frame[best]) {
                    best = j;
                }
            }
            assertEquals(k, best, hz + " Hz");
            assertEquals(0.5, frame[k], 0.05, hz + " Hz amplitude");
            assertTrue(frame[k + 2 < ConstantQ.BINS ? k + 2 : k - 2] < 0.1, "two semitones away is quiet");
        }
        assertEquals(45, ConstantQ.bin(440), 1e-9, "A4 is bin 45 (C1 = 0)");
    }

    @Test
    void harmonicIsHighForAHarmonicNoteLowForNoiseAndZeroInSilence() {
        float[] x = silence(3);
        add(x, 220, 0.3, 0.5, 1.5);
        add(x, 440, 0.15, 0.5, 1.5);
        add(x, 660, 0.1, 0.5, 1.5);
        float[] noisy = silence(3);
        noise(noisy, 0.1);
        float[] h = CqtFeatures.harmonic(cqt(x));
        assertTrue(mean(h, 0.8, 1.2) > 0.8, "a note with harmonics: " + mean(h, 0.8, 1.2));
        assertEquals(0, max(h, 2.2, 2.9), 1e-9, "silence");
        double n = mean(CqtFeatures.harmonic(cqt(noisy)), 0.5, 2.5);
        assertTrue(n < 0.3, "noise: " + n);
    }

    @Test
    void bassMotionRisesAtNoteChangesAndRestsOnHeldNotes() {
        float[] x = silence(4);
        double[] notes = {55, 82.41, 55, 82.41, 55, 82.41}; // A1 and E2, a fifth, every 0.5 s
        for (int i = 0; i < notes.length; i++) {
            add(x, notes[i], 0.4, 0.5 + 0.5 * i, 1.0 + 0.5 * i);
            add(x, 2 * notes[i], 0.15, 0.5 + 0.5 * i, 1.0 + 0.5 * i);
        }
        float[] m = CqtFeatures.bassMotion(cqt(x), FPS);
        for (int i = 1; i < notes.length; i++) {
            double change = 0.5 + 0.5 * i;
            assertTrue(max(m, change - 0.15, change + 0.15) > 15, "change at " + change + ": " + max(m, change - 0.15, change + 0.15));
        }
        float[] held = silence(3);
        add(held, 55, 0.4, 0, 3);
        add(held, 110, 0.15, 0, 3);
        float[] steady = CqtFeatures.bassMotion(cqt(held), FPS);
        assertTrue(max(steady, 0.5, 2.5) < 1, "a held bass note does not move: " + max(steady, 0.5, 2.5));
    }

    @Test
    void tonalIsHighForAHeldChordLowerForChangingHarmonyAndLowForNoise() {
        float[] chord = silence(3);
        for (double hz : new double[] {261.63, 329.63, 392.0}) {
            add(chord, hz, 0.2, 0, 3);
        }
        float[] changing = silence(3);
        double[][] triads = {{261.63, 329.63, 392.0}, {293.66, 369.99, 440.0}, {277.18, 349.23, 415.3},
                             {311.13, 392.0, 466.16}};
        for (int i = 0; i < 30; i++) {
            for (double hz : triads[i % triads.length]) {
                add(changing, hz, 0.2, i * 0.1, i * 0.1 + 0.1);
            }
        }
        float[] noisy = silence(3);
        noise(noisy, 0.1);
        double held = mean(CqtFeatures.tonal(cqt(chord), FPS), 1, 2);
        double moving = mean(CqtFeatures.tonal(cqt(changing), FPS), 1, 2);
        double hiss = mean(CqtFeatures.tonal(cqt(noisy), FPS), 1, 2);
        assertTrue(held > 0.7, "held chord: " + held);
        assertTrue(moving < held - 0.2, "changing harmony " + moving + " vs held " + held);
        assertTrue(hiss < 0.3, "noise: " + hiss);
    }
}
