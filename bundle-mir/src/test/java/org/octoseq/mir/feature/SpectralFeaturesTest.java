package org.octoseq.mir.feature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.spectral.JTransformsSpectrum;

class SpectralFeaturesTest {

    private static final int RATE = 22050;

    private static RangeFeatures features(float[] x, int threads) {
        SpectralFeatures spectral = new SpectralFeatures(() -> new JTransformsSpectrum(1024), RATE, 100);
        return spectral.compute(x, List.of(spectral.fullRange()), Parallelism.of(threads)).get(0);
    }

    /**
     * Noise up to the last sample: every frame, the ones whose window the end of the audio cuts included, hears
     * something. A frame left out (say at the seam between the frames past the last whole window, analysed first, and
     * the others) would read 0.
     */
    @Test
    void everyFrameToTheLastIsAnalysedWithAnyNumberOfThreads() {
        Random rnd = new Random(11);
        for (int samples : new int[] {300, 1023, 1024, 1025, 22050 * 2 + 137, 22050 * 25 + 511}) {
            float[] x = new float[samples];
            for (int i = 0; i < samples; i++) {
                x[i] = (float) (rnd.nextGaussian() * 0.1);
            }
            RangeFeatures one = features(x, 1);
            int frames = (int) Math.ceil(samples * 100.0 / RATE - 1e-9);
            assertEquals(frames, one.energy().length);
            for (int i = 0; i < frames; i++) {
                assertTrue(one.energy()[i] > 0, samples + " samples: frame " + i + " of " + frames + " has no energy");
                assertTrue(one.centroid()[i] > 0, samples + " samples: frame " + i + " of " + frames + " has no centroid");
            }
            RangeFeatures three = features(x, 3);
            assertArrayEquals(one.energy(), three.energy());
            assertArrayEquals(one.centroid(), three.centroid());
            assertArrayEquals(one.flux(), three.flux());
            assertArrayEquals(one.onset(), three.onset());
        }
    }
}
