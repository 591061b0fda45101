package org.octoseq.mir.custom;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The 2D functions a custom signal starts from: a time x bins picture of the audio. */
public enum SpectralFunction {
    /** Mel-spaced bands of the spectrum, RMS amplitude per band (a sine of amplitude A gives about A/sqrt 2). */
    MEL_SPECTROGRAM("melSpectrogram", true),
    /** The sustained (horizontal) part of the spectrum after harmonic/percussive separation; amplitude per bin. */
    HPSS_HARMONIC("hpssHarmonic", true),
    /** The transient (vertical) part of the spectrum after harmonic/percussive separation; amplitude per bin. */
    HPSS_PERCUSSIVE("hpssPercussive", true),
    /** Mel-frequency cepstral coefficients of the log mel spectrum; unitless, per coefficient. */
    MFCC("mfcc", false),
    /** Strength of each of the 12 pitch classes C..B from the CQT, 0..1 (1 = the frame's strongest class). */
    CHROMA("chroma", false),
    /** Constant-Q spectrum, 12 bins per octave from C1 (32.7 Hz); amplitude per bin (a sine of amplitude A gives about A). */
    CQT("cqt", true);

    private final String word;
    private final boolean frequencyAxis;

    SpectralFunction(String word, boolean frequencyAxis) {
        this.word = word;
        this.frequencyAxis = frequencyAxis;
    }

    /** The name {@code project.json} uses. */
    public String word() {
        return word;
    }

    /** Whether the bins are frequencies in Hz (so {@code lowHz}/{@code highHz} pick the bins reduced). */
    public boolean frequencyAxis() {
        return frequencyAxis;
    }

    /** The function named {@code word}, or {@code null}. */
    public static SpectralFunction of(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst().orElse(null);
    }

    /** The allowed names, comma-separated. */
    public static String allowed() {
        return Arrays.stream(values()).map(SpectralFunction::word).collect(Collectors.joining(", "));
    }
}
