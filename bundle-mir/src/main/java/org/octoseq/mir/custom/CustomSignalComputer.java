package org.octoseq.mir.custom;

import org.octoseq.api.signal.SampledSignal;

/**
 * Computes a custom signal from its definition: the function's picture of the source ({@link SourceSpectra}), the bins
 * the definition selects, the reduction. {@code lowHz}/{@code highHz} (default: the whole spectrum) select the
 * frequencies the function looks at: the bins reduced for {@code melSpectrogram} (bands whose centre lies in the
 * range), {@code hpss*} and {@code cqt}; the mel range of {@code mfcc}; the CQT bins folded into {@code chroma}.
 */
public final class CustomSignalComputer {

    private CustomSignalComputer() {
    }

    /** The signal {@code def} describes, at the spectra's frame rate. */
    public static SampledSignal compute(SourceSpectra spectra, CustomSignalDefinition def) {
        FunctionParams p = def.functionParams();
        double lo = def.lowHz() != null ? def.lowHz() : 0;
        double hi = def.highHz() != null ? Math.min(def.highHz(), spectra.nyquistHz()) : spectra.nyquistHz();
        Spectrogram s;
        int[] bins;
        switch (def.spectralFunction()) {
            case MEL_SPECTROGRAM -> {
                s = spectra.mel(p.melBands());
                bins = s.binsWithin(lo, hi);
            }
            case HPSS_HARMONIC, HPSS_PERCUSSIVE -> {
                s = spectra.hpss(def.spectralFunction() == SpectralFunction.HPSS_HARMONIC, p.timeKernelSec(),
                        p.frequencyKernelHz());
                bins = spectra.stftBins(lo, hi);
            }
            case MFCC -> {
                s = spectra.mfcc(p.melBands(), lo, hi, Math.max(13, p.toCoefficient() + 1));
                bins = s.binRange(p.fromCoefficient(), p.toCoefficient());
            }
            case CHROMA -> {
                s = spectra.chroma(lo, hi);
                bins = java.util.stream.IntStream.range(0, 12).filter(p::hasPitchClass).toArray();
            }
            case CQT -> {
                s = spectra.cqt();
                bins = s.binsWithin(lo, hi);
            }
            default -> throw new IllegalArgumentException(def.function());
        }
        float[] values = Reductions.reduce(s, def.reductionKind(), bins, def.spectralFunction() != SpectralFunction.MFCC);
        return new SampledSignal(spectra.frameRate(), values);
    }
}
