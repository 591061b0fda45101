package org.octoseq.mir.custom;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a custom signal turns each frame of its 2D function (over the chosen bins) into one number. */
public enum Reduction {
    /** The mean over the bins, in the function's units. */
    MEAN("mean"),
    /** The largest bin value. */
    MAX("max"),
    /** The combined amplitude: the square root of the summed squares (the RMS amplitude of a mel or STFT range). */
    AMPLITUDE("amplitude"),
    /** Spectral flux: the summed rise of every bin since the previous frame (falls count 0). */
    SPECTRAL_FLUX("spectralFlux"),
    /** The value-weighted mean position on the bins' axis: Hz, the coefficient index (mfcc), pitch class 0..11 (chroma). */
    SPECTRAL_CENTROID("spectralCentroid"),
    /** Onset strength: the mean rise of the log-compressed bins since the previous frame, 0..1 (1 = the strongest). */
    ONSET_STRENGTH("onsetStrength");

    private final String word;

    Reduction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The reduction named {@code word}, or {@code null}. */
    public static Reduction of(String word) {
        return Arrays.stream(values()).filter(r -> r.word.equals(word)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Reduction::word).collect(Collectors.joining(", "));
    }
}
