package org.octoseq.mir.spectral;

/**
 * A real FFT that gives magnitudes: the one operation the short-time analysis needs, behind which the FFT
 * library can be swapped. An instance keeps scratch buffers, so it is used by one thread at a time.
 */
public interface SpectrumTransform {

    /** Frame length {@code N} in samples (a power of two). */
    int frameSize();

    /**
     * Transforms one frame and writes the magnitudes {@code |X_k|} (unscaled, as the DFT sum gives them) for
     * bins {@code k = 0 .. N/2} into {@code out}.
     *
     * @param frame {@code N} windowed samples; the contents may be overwritten
     * @param out   at least {@code N/2 + 1} values
     */
    void magnitudes(float[] frame, float[] out);
}
