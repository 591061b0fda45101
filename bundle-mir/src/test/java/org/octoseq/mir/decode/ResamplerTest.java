package org.octoseq.mir.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.octoseq.mir.TestAudio;

class ResamplerTest {

    private static double rms(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i] * x[i];
        }
        return Math.sqrt(s / (to - from));
    }

    @Test
    void passBandSineKeepsAmplitudeAndPhase() {
        for (int from : new int[] {44100, 48000, 96000, 8000, 22050}) {
            float[] x = TestAudio.sine(from, 1000, 0.5, 1.0);
            float[] y = new Resampler(from, 22050).process(x);
            assertEquals(22050, y.length, "length at " + from);
            float[] expected = TestAudio.sine(22050, 1000, 0.5, 1.0);
            for (int i = 200; i < y.length - 200; i++) {
                assertEquals(expected[i], y[i], 0.005, from + " Hz, sample " + i);
            }
        }
    }

    @Test
    void whatWouldAliasIsRemoved() {
        // 15 kHz at 44.1 kHz would fold to 7.05 kHz at 22.05 kHz
        float[] x = TestAudio.sine(44100, 15000, 0.5, 1.0);
        float[] y = new Resampler(44100, 22050).process(x);
        double level = rms(y, 500, y.length - 500) / (0.5 / Math.sqrt(2));
        assertTrue(level < 0.001, "alias at " + 20 * Math.log10(level) + " dB");
    }

    @Test
    void identityCopies() {
        float[] x = {1, 2, 3};
        Resampler r = new Resampler(22050, 22050);
        assertTrue(r.isIdentity());
        assertEquals(3, r.process(x).length);
        assertEquals(2f, r.process(x)[1]);
    }

    @Test
    void anImpulseStaysWhereItWas() {
        float[] x = new float[48000];
        x[24000] = 1;
        float[] y = new Resampler(48000, 22050).process(x);
        int peak = 0;
        for (int i = 0; i < y.length; i++) {
            if (Math.abs(y[i]) > Math.abs(y[peak])) {
                peak = i;
            }
        }
        assertEquals(24000 * 22050 / 48000.0, peak, 1.0);
    }

    /**
     * The block-wise decimation (output rate dividing the input rate) computes the same sums as the one-output-at-
     * a-time path, at both ends of the audio and across its block and chunk boundaries.
     */
    @Test
    void decimationMatchesTheDirectSum() {
        java.util.Random random = new java.util.Random(7);
        for (int length : new int[] {0, 1, 2, 17, 39, 63, 4095, 4096, 4097, 10007}) {
            for (int from : new int[] {44100, 88200, 66150, 176400}) {
                Resampler r = new Resampler(from, 22050);
                float[] x = new float[length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextFloat() * 2 - 1;
                }
                float[] direct = new float[r.outputLength(x.length)];
                r.direct(x, direct, 0, direct.length);
                float[] blocks = new float[direct.length];
                int cut = Math.min(direct.length, direct.length / 3 + 1); // two chunks, neither a multiple of the block
                r.process(x, blocks, 0, cut);
                r.process(x, blocks, cut, blocks.length);
                for (int i = 0; i < direct.length; i++) {
                    assertEquals(direct[i], blocks[i], 1e-5, from + " Hz, " + length + " samples, sample " + i);
                }
            }
        }
    }
}
