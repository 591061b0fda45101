package org.octoseq.mir.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.Synth;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.custom.SourceSpectra;

/**
 * A synthesised track where one 4-bar phrase (kick, snare, bass line, melody) recurs three times among other material
 * (hats, pads, other melodies): searching for its first occurrence gives > 0.8 throughout the three occurrences and
 * < 0.5 elsewhere.
 */
class SimilaritySearchTest {

    private static final float RATE = AnalysisParameters.STANDARD.sampleRate();
    private static final double BEAT = 0.4; // 150 BPM
    private static final double PHRASE = 16 * BEAT; // 4 bars
    private static final double[] SCALE = {220, 246.94, 261.63, 293.66, 329.63, 349.23, 392, 440};

    private static void phrase(Synth s, double t0) {
        double[] bass = {55, 43.65, 65.41, 49.0};
        Random melody = new Random(42);
        for (int beat = 0; beat < 16; beat++) {
            double t = t0 + beat * BEAT;
            s.kick(t, 0.8);
            if (beat % 2 == 1) {
                s.snare(t, 0.5);
            }
        }
        for (int bar = 0; bar < 4; bar++) {
            s.bass(t0 + bar * 4 * BEAT, 4 * BEAT, bass[bar], 0.5);
        }
        for (int n = 0; n < 32; n++) {
            s.chord(t0 + n * BEAT / 2, BEAT / 2, 0.25, SCALE[melody.nextInt(SCALE.length)] * 2);
        }
    }

    private static void other(Synth s, double t0, long seed) {
        Random r = new Random(seed);
        for (int n = 0; n < 32; n++) {
            s.hat(t0 + n * BEAT / 2, 0.4);
        }
        for (int bar = 0; bar < 4; bar++) {
            double root = SCALE[r.nextInt(SCALE.length)];
            s.chord(t0 + bar * 4 * BEAT, 4 * BEAT, 0.3, root, root * 1.25, root * 1.5);
        }
        for (int n = 0; n < 16; n++) {
            s.chord(t0 + n * BEAT, BEAT, 0.2, SCALE[r.nextInt(SCALE.length)] * 4);
        }
    }

    @Test
    void aRecurringPhraseIsFoundThreeTimesAndNothingElse() {
        String layout = "XPXPXXPX"; // P = the phrase
        Synth s = new Synth(RATE, layout.length() * PHRASE + 0.5, 11);
        for (int i = 0; i < layout.length(); i++) {
            if (layout.charAt(i) == 'P') {
                phrase(s, i * PHRASE);
            } else {
                other(s, i * PHRASE, 100 + i);
            }
        }
        SourceSpectra spectra = new SourceSpectra(s.samples(), AnalysisParameters.STANDARD);
        SearchFeatures features = SearchFeatures.of(spectra);
        SampledSignal sim = SimilaritySearch.curve(features, PHRASE, 2 * PHRASE, spectra.frames(), spectra.frameRate());

        for (int i = 0; i < layout.length(); i++) {
            double from = i * PHRASE + 0.5;
            double to = (i + 1) * PHRASE - 0.5;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int f = (int) (from * 100); f <= to * 100; f++) {
                lo = Math.min(lo, sim.valueAt(f));
                hi = Math.max(hi, sim.valueAt(f));
            }
            if (layout.charAt(i) == 'P') {
                assertTrue(lo > 0.8, "occurrence at " + i * PHRASE + " s: lowest " + lo);
            } else {
                assertTrue(hi < 0.5, "other material at " + i * PHRASE + " s: highest " + hi);
            }
        }
    }
}
