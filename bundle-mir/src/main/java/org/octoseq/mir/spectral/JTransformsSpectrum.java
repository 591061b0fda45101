package org.octoseq.mir.spectral;

import org.jtransforms.fft.FloatFFT_1D;

/** {@link SpectrumTransform} on JTransforms' split-radix real FFT ({@link FloatFFT_1D#realForward}). */
public final class JTransformsSpectrum implements SpectrumTransform {

    private final FloatFFT_1D fft;
    private final int size;

    /** @param size frame length in samples, a power of two */
    public JTransformsSpectrum(int size) {
        this.size = size;
        this.fft = new FloatFFT_1D(size);
    }

    @Override
    public int frameSize() {
        return size;
    }

    @Override
    public void magnitudes(float[] frame, float[] out) {
        fft.realForward(frame);
        // packed: a[0] = Re(0), a[1] = Re(N/2), then Re(k), Im(k) pairs
        out[0] = Math.abs(frame[0]);
        out[size / 2] = Math.abs(frame[1]);
        for (int k = 1; k < size / 2; k++) {
            float re = frame[2 * k];
            float im = frame[2 * k + 1];
            out[k] = (float) Math.sqrt(re * re + im * im);
        }
    }
}
