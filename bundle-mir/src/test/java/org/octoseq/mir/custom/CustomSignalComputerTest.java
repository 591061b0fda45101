package org.octoseq.mir.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.octoseq.mir.custom.Signals.argmax;
import static org.octoseq.mir.custom.Signals.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.AnalysisParameters;

/**
 * Every function x every reduction on synthesised audio with a known answer, plus the acceptance cases of the issue
 * (the 100 Hz + 3 kHz pair, percussive onsets at clicks, chroma of an A).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomSignalComputerTest {

    /** Silence until 1 s, then a 440 Hz (A4) sine of amplitude 0.5 to the end (2.5 s). */
    private SourceSpectra step;

    @BeforeAll
    void synthesise() {
        float[] x = Signals.silence(2.5);
        Signals.tone(x, 440, 0.5, 1.0, 2.5, 0.002);
        step = new SourceSpectra(x, AnalysisParameters.STANDARD);
    }

    private static CustomSignalDefinition def(String function, String reduction, Double lowHz, Double highHz,
                                              String params) {
        try {
            JsonNode p = params == null ? null : new ObjectMapper().readTree(params);
            return new CustomSignalDefinition("sig", null, "mix", function, reduction, lowHz, highHz, p, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Arguments> everyFunctionAndReduction() {
        List<Arguments> all = new ArrayList<>();
        for (SpectralFunction f : SpectralFunction.values()) {
            for (Reduction r : Reduction.values()) {
                all.add(Arguments.of(f, r));
            }
        }
        return all;
    }

    /**
     * The range each function looks at in the step test: around the tone for the Hz axes, everything otherwise; for
     * MFCCs c0 alone for mean/max (c0 follows loudness) and c1..c12 for amplitude/centroid (the spectrum's shape).
     */
    private SampledSignal onStep(SpectralFunction f, Reduction r) {
        boolean hz = f.frequencyAxis();
        String params = null;
        if (f == SpectralFunction.MFCC) {
            params = r == Reduction.MEAN || r == Reduction.MAX ? "{\"coefficients\": [0, 0]}"
                    : r == Reduction.AMPLITUDE || r == Reduction.SPECTRAL_CENTROID ? "{\"coefficients\": [1, 12]}" : null;
        }
        return CustomSignalComputer.compute(step, def(f.word(), r.word(), hz ? 200.0 : null, hz ? 1000.0 : null, params));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyFunctionAndReduction")
    void knownAnswerOnASilenceToToneStep(SpectralFunction f, Reduction r) {
        SampledSignal s = onStep(f, r);
        assertEquals(step.frames(), s.length());
        assertEquals(100.0, s.rate());
        double silent = at(s, 0.5);
        double sounding = at(s, 1.8);
        switch (r) {
            case MEAN, MAX, AMPLITUDE -> {
                assertTrue(sounding > silent, f + " " + r + ": tone " + sounding + " vs silence " + silent);
                if (f != SpectralFunction.MFCC || r == Reduction.AMPLITUDE) {
                    assertTrue(Math.abs(silent) < 1e-3 * sounding, f + " " + r + ": silence reads " + silent);
                }
            }
            case SPECTRAL_FLUX, ONSET_STRENGTH -> {
                double peak = argmax(s, 0.2, 2.4);
                assertTrue(peak >= 0.8 && peak <= 1.25, f + " " + r + ": peaks at " + peak + " s, the tone starts at 1 s");
                assertTrue(at(s, 0.5) <= 1e-6 * Math.max(1, Signals.max(s, 0.2, 2.4)), f + " " + r + ": moves in silence");
                if (r == Reduction.ONSET_STRENGTH) {
                    assertEquals(1.0, Signals.max(s, 0, 2.5), 1e-6, "onset strength is scaled to 0..1");
                }
            }
            case SPECTRAL_CENTROID -> {
                switch (f) {
                    case CHROMA -> assertEquals(9, sounding, 0.6, "pitch-class centroid of an A");
                    case MFCC -> assertTrue(sounding > 4 && sounding < 9,
                            "a spike in the log mel spectrum spreads over c1..c12: " + sounding);
                    // a steady tone leaves the percussive part almost empty: see percussiveCentroidOfClicks
                    case HPSS_PERCUSSIVE -> assertTrue(sounding > 200 && sounding < 1000, "within the range: " + sounding);
                    default -> assertEquals(440, sounding, 440 * 0.08, f + " centroid (Hz)");
                }
                if (f != SpectralFunction.MFCC) {
                    assertEquals(0, silent, 1e-9, "no centroid in silence");
                }
            }
            default -> throw new AssertionError(r);
        }
    }

    @Test
    void percussiveCentroidOfClicksIsTheMiddleOfTheirFlatSpectrum() {
        float[] x = Signals.silence(2);
        for (double t = 0.05; t < 2; t += 0.1) {
            Signals.click(x, t, 0.5);
        }
        Signals.tone(x, 440, 0.3, 0, 2, 0.01);
        SourceSpectra s = new SourceSpectra(x, AnalysisParameters.STANDARD);
        SampledSignal c = CustomSignalComputer.compute(s, def("hpssPercussive", "spectralCentroid", 2000.0, 6000.0, null));
        assertEquals(4000, at(c, 1.05), 400, "clicks are white: the centroid of 2-6 kHz is about 4 kHz");
        SampledSignal h = CustomSignalComputer.compute(s, def("hpssHarmonic", "spectralCentroid", 200.0, 6000.0, null));
        assertEquals(440, at(h, 1.0), 60, "while the harmonic part is the tone");
    }

    @Test
    void theMfccCentroidOfNoiseSitsOnTheFirstCoefficients() {
        float[] x = Signals.silence(1.5);
        Signals.noise(x, 0, 1.5, 0.1, 7);
        SourceSpectra noise = new SourceSpectra(x, AnalysisParameters.STANDARD);
        double c = at(CustomSignalComputer.compute(noise, def("mfcc", "spectralCentroid", null, null, null)), 0.75);
        assertTrue(c < 2, "white noise has a flat log spectrum: the cepstrum is mostly c0; centroid " + c);
    }

    @Test
    void lowMelMeanFollowsThe100HzEnvelopeAndIgnoresThe3kHzTone() {
        float[] x = Signals.silence(4);
        Signals.tone(x, 100, 0.4, 0.5, 1.5, 0.02);
        Signals.tone(x, 100, 0.4, 2.5, 3.5, 0.02);
        Signals.tone(x, 3000, 0.4, 1.0, 3.0, 0.02);
        SourceSpectra s = new SourceSpectra(x, AnalysisParameters.STANDARD);
        SampledSignal low = CustomSignalComputer.compute(s, def("melSpectrogram", "mean", 20.0, 250.0, null));
        double on = at(low, 1.25);
        assertTrue(on > 0.01, "100 Hz present: " + on);
        assertEquals(on, at(low, 0.75), on * 0.05, "same level with and without the 3 kHz tone");
        assertEquals(on, at(low, 3.0), on * 0.05);
        assertTrue(at(low, 2.0) < on * 0.01, "3 kHz alone does not reach the low mel bands: " + at(low, 2.0));
        assertTrue(at(low, 0.25) < on * 0.01 && at(low, 3.8) < on * 0.01, "silence");
        SampledSignal high = CustomSignalComputer.compute(s, def("melSpectrogram", "mean", 2000.0, 4000.0, null));
        assertTrue(at(high, 2.0) > 10 * at(high, 0.75), "and the high bands follow the 3 kHz tone");
    }

    @Test
    void percussiveOnsetStrengthPeaksAtClicksAndNotAtASustainedTone() {
        float[] x = Signals.silence(3.5);
        Signals.tone(x, 440, 0.5, 1.0, 3.2, 0.05);
        double[] clicks = {0.5, 1.5, 2.5};
        for (double t : clicks) {
            Signals.click(x, t, 0.8);
        }
        SourceSpectra s = new SourceSpectra(x, AnalysisParameters.STANDARD);
        SampledSignal onset = CustomSignalComputer.compute(s, def("hpssPercussive", "onsetStrength", null, null, null));
        for (double t : clicks) {
            double peak = argmax(onset, t - 0.1, t + 0.1);
            assertEquals(t, peak, 0.03, "a peak at the click at " + t + " s");
            assertTrue(at(onset, peak) > 0.5, "strong at the click: " + at(onset, peak));
        }
        // the tone's start (1.0 s) and its sustain carry no percussive onsets
        assertTrue(Signals.max(onset, 0.9, 1.35) < 0.2, "tone start: " + Signals.max(onset, 0.9, 1.35));
        assertTrue(Signals.max(onset, 1.65, 2.35) < 0.2, "sustain: " + Signals.max(onset, 1.65, 2.35));
        SampledSignal harmonic = CustomSignalComputer.compute(s, def("hpssHarmonic", "mean", null, null, null));
        assertTrue(at(harmonic, 2.0) > 20 * at(harmonic, 0.7), "the tone is in the harmonic part");
    }

    @Test
    void chromaOfAnAToneAndPitchClassSelection() {
        Spectrogram chroma = step.chroma(0, 11025);
        float[] frame = chroma.values()[180];
        int best = 0;
        for (int c = 1; c < 12; c++) {
            if (frame[c] > frame[best]) {
                best = c;
            }
        }
        assertEquals(9, best, "A is pitch class 9 (C = 0)");
        assertEquals(1.0, frame[9], 1e-6);
        for (int c = 0; c < 12; c++) {
            if (c != 9) {
                assertTrue(frame[c] < 0.6, "class " + c + ": " + frame[c]);
            }
        }
        double a = at(CustomSignalComputer.compute(step, def("chroma", "mean", null, null, "{\"pitchClasses\": [\"A\"]}")), 1.8);
        double c = at(CustomSignalComputer.compute(step, def("chroma", "mean", null, null, "{\"pitchClasses\": [\"C\", \"Eb\"]}")), 1.8);
        assertEquals(1.0, a, 1e-6);
        assertTrue(c < 0.1, "C and Eb are absent: " + c);
    }

    @Test
    void mfccCoefficientRangeSelectsTheCoefficients() {
        SampledSignal c0 = CustomSignalComputer.compute(step, def("mfcc", "mean", null, null, "{\"coefficients\": [0, 0]}"));
        SampledSignal all = CustomSignalComputer.compute(step, def("mfcc", "mean", null, null, null));
        Spectrogram m = step.mfcc(FunctionParams.DEFAULT_MFCC_MEL_BANDS, 0, 11025, 13);
        assertEquals(m.values()[180][0], at(c0, 1.8), 1e-4);
        double mean = 0;
        for (int k = 0; k < 13; k++) {
            mean += m.values()[180][k] / 13.0;
        }
        assertEquals(mean, at(all, 1.8), 1e-3);
    }

    @Test
    void amplitudeOfTheWholeMelSpectrumIsTheRmsAmplitude() {
        SampledSignal rms = CustomSignalComputer.compute(step, def("melSpectrogram", "amplitude", null, null, null));
        assertEquals(0.5 / Math.sqrt(2), at(rms, 1.8), 0.5 / Math.sqrt(2) * 0.05, "a sine of amplitude A gives A/sqrt 2");
        SampledSignal cqtMax = CustomSignalComputer.compute(step, def("cqt", "max", null, null, null));
        assertEquals(0.5, at(cqtMax, 1.8), 0.05, "a sine of amplitude A gives about A in its CQT bin");
    }
}
