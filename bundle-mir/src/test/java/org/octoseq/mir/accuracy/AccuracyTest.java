package org.octoseq.mir.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.mir.Scores;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.analysis.TrackAnalysis;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.decode.DecodedAudio;

/**
 * Accuracy on the synthesised corpus: onset F-measure (+-50 ms) over all files, beat F-measure (+-70 ms) over
 * all files, tempo within 4 % (octave errors are wrong) on at least 90 % of files, and drum-stem onsets of the
 * multi-stem song.
 */
class AccuracyTest {

    private final TrackAnalyzer analyzer = TrackAnalyzer.standard();

    private static List<Double> times(EventStream s) {
        return s.events().stream().map(Event::time).toList();
    }

    private TrackAnalysis analyse(float[] audio) {
        return analyzer.analyse(new DecodedAudio(audio, Corpus.RATE, Path.of("synth.wav")), List.of());
    }

    @Test
    void corpus() {
        List<Double> onsetF = new ArrayList<>();
        List<Double> beatF = new ArrayList<>();
        int tempoRight = 0;
        List<Corpus.Case> cases = Corpus.all();
        StringBuilder report = new StringBuilder();
        for (Corpus.Case c : cases) {
            FeatureSet f = analyse(c.audio()).source();
            double of = Scores.fMeasure(c.onsets(), times(f.events().get(FeatureSet.ONSET_PEAKS)), 0.05);
            double bf = Scores.fMeasure(c.beats(), times(f.events().get(FeatureSet.BEAT_CANDIDATES)), 0.07);
            double bpm = f.tempo().grid().isEmpty() ? f.tempo().bpm() : f.tempo().grid().segments().get(0).bpm();
            boolean tempoOk = Math.abs(bpm / c.bpm() - 1) <= 0.04;
            onsetF.add(of);
            beatF.add(bf);
            tempoRight += tempoOk ? 1 : 0;
            report.append(String.format(Locale.ROOT, "%-28s onsetF %.3f beatF %.3f tempo %.2f (truth %.1f)%s %s%n",
                    c.name(), of, bf, bpm, c.bpm(), tempoOk ? "" : " WRONG", f.tempo().grid().segments()));
        }
        double meanOnset = onsetF.stream().mapToDouble(d -> d).average().orElse(0);
        double meanBeat = beatF.stream().mapToDouble(d -> d).average().orElse(0);
        report.append(String.format(Locale.ROOT, "mean onsetF %.3f, mean beatF %.3f, tempo %d/%d%n", meanOnset,
                meanBeat, tempoRight, cases.size()));
        System.out.print(report);
        assertTrue(meanOnset >= 0.95, report::toString);
        assertTrue(meanBeat >= 0.85, report::toString);
        assertTrue(tempoRight >= 0.9 * cases.size(), report::toString);
    }

    @Test
    void drumStemOfTheSong() {
        Corpus.Case song = Corpus.song();
        Corpus.Stem drums = song.stems().get(0);
        FeatureSet f = analyse(drums.audio()).source();
        double of = Scores.fMeasure(drums.onsets(), times(f.events().get(FeatureSet.ONSET_PEAKS)), 0.05);
        System.out.printf(Locale.ROOT, "drum stem onsetF %.3f%n", of);
        assertTrue(of >= 0.9, "drum stem onset F " + of);
    }

    @Test
    void tempoChangeGivesTwoSegments() {
        FeatureSet f = analyse(Corpus.tempoChange().audio()).source();
        var segments = f.tempo().grid().segments();
        assertTrue(segments.size() == 2, segments.toString());
        assertTrue(Math.abs(segments.get(0).bpm() / 120 - 1) < 0.02, segments.toString());
        assertTrue(Math.abs(segments.get(1).bpm() / 140 - 1) < 0.02, segments.toString());
        // the change is placed within one beat of where it happens
        assertTrue(Math.abs(segments.get(1).startSec() - (0.5 + 14)) < 60 / 140.0 + 0.01, segments.toString());
    }
}
