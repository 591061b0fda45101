package org.octoseq.mir.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.octoseq.mir.TestAudio;

class StftTest {

    @Test
    void aBinCentredSineGivesItsAmplitudeAndParsevalGivesItsRms() {
        double binHz = 22050.0 / 1024;
        float[] x = TestAudio.sine(22050, 40 * binHz, 0.6, 1.0);
        Stft stft = new Stft(new MinimSpectrum(1024), 22050, 100);
        assertEquals(100, stft.frameCount(x.length));
        double[] seen = new double[2];
        stft.run(x, 50, 51, (i, mag) -> {
            seen[0] = mag[40];
            double sq = 0;
            for (float m : mag) {
                sq += m * m;
            }
            seen[1] = Math.sqrt(sq * stft.parsevalFactor());
        });
        assertEquals(0.6, seen[0], 0.001);
        assertEquals(0.6 / Math.sqrt(2), seen[1], 0.002);
    }

    @Test
    void bothFftsAgree() {
        float[] x = TestAudio.sine(22050, 1234, 0.3, 0.1);
        float[] a = new float[513];
        float[] b = new float[513];
        new MinimSpectrum(1024).magnitudes(java.util.Arrays.copyOf(x, 1024), a);
        new JTransformsSpectrum(1024).magnitudes(java.util.Arrays.copyOf(x, 1024), b);
        for (int k = 0; k < 513; k++) {
            assertEquals(a[k], b[k], 1e-3 * Math.max(1, a[k]), "bin " + k);
        }
    }

    @Test
    void fastLogIsCloseToMathLog() {
        for (float v = 1f; v < 1e6f; v *= 1.37f) {
            assertEquals(Math.log(v), FastLog.ln(v), 1e-4, "ln " + v);
        }
    }

    @Test
    void frequencyRangesSkipDcAndKeepNarrowBands() {
        FrequencyRange all = FrequencyRange.full(1024, 22050);
        assertEquals(2, all.firstBin());
        assertEquals(512, all.lastBin());
        FrequencyRange narrow = FrequencyRange.of(100, 105, 1024, 22050);
        assertEquals(narrow.firstBin(), narrow.lastBin());
        assertEquals(5, narrow.firstBin());
        FrequencyRange kick = FrequencyRange.of(30, 120, 1024, 22050);
        assertTrue(kick.firstBin() == 2 && kick.lastBin() == 5, kick.toString());
    }
}
