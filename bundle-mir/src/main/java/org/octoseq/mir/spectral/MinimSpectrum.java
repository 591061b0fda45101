package org.octoseq.mir.spectral;

import ddf.minim.analysis.FFT;

/** {@link SpectrumTransform} on minim's radix-2 {@link FFT} (pure Java; no audio device needed). */
public final class MinimSpectrum implements SpectrumTransform {

    private final FFT fft;
    private final int size;

    /** @param size frame length in samples, a power of two */
    public MinimSpectrum(int size) {
        this.size = size;
        // minim only uses the rate to label bins in Hz, which we do ourselves
        this.fft = new FFT(size, 1f);
    }

    @Override
    public int frameSize() {
        return size;
    }

    @Override
    public void magnitudes(float[] frame, float[] out) {
        fft.forward(frame);
        for (int k = 0; k <= size / 2; k++) {
            out[k] = fft.getBand(k);
        }
    }
}
