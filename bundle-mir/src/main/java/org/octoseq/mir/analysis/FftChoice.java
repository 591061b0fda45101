package org.octoseq.mir.analysis;

import org.octoseq.mir.spectral.JTransformsSpectrum;
import org.octoseq.mir.spectral.SpectrumTransform;

/**
 * The FFT the standard analysis uses: the faster one on the analysis frame size. JTransforms' real FFT measured
 * 2.0-2.7x faster than minim's at 1024 and 2048 samples (docs/benchmarks.md, {@code MirBench fft}).
 */
final class FftChoice {

    private FftChoice() {
    }

    static SpectrumTransform create(int frameSize) {
        return new JTransformsSpectrum(frameSize);
    }
}
