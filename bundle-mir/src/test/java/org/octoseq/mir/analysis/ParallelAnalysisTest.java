package org.octoseq.mir.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.mir.Synth;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.decode.DecodedAudio;
import org.octoseq.mir.decode.Resampler;

/** Spreading one analysis over threads changes how long it takes, never what it finds. */
class ParallelAnalysisTest {

    private static DecodedAudio groove() {
        Synth s = new Synth(44100, 40, 3);
        for (double t = 0.3; t < 39.5; t += 0.5) {
            s.kick(t, 0.9);
            s.hat(t + 0.25, 0.4);
        }
        s.noise(0.01);
        return new DecodedAudio(s.samples(), 44100, Path.of("groove.wav"));
    }

    @Test
    void resamplingInChunksGivesTheSameSamples() {
        float[] x = groove().samples();
        Resampler r = new Resampler(44100, 22050);
        assertArrayEquals(r.process(x), r.process(x, Parallelism.of(3)));
    }

    @Test
    void threeThreadsFindExactlyWhatOneFinds() {
        DecodedAudio audio = groove();
        List<BandRange> bands = List.of(new BandRange(20, 150), new BandRange(5000, 11000));
        TrackAnalysis one = TrackAnalyzer.standard().analyse(audio, bands);
        TrackAnalysis three = TrackAnalyzer.standard().withParallelism(Parallelism.of(3)).analyse(audio, bands);
        assertSame(one.source(), three.source());
        for (int i = 0; i < bands.size(); i++) {
            assertSame(one.bands().get(i), three.bands().get(i));
        }
    }

    @Test
    void aLongTrackWithATempoChangeSharesItsTempoWindowsAndFindsTheSame() {
        // 150 s: enough local tempo windows for the tempo tracker to hand some to the other threads
        Synth s = new Synth(44100, 150, 5);
        double t = 0.3;
        for (; t < 75; t += 0.5) {
            s.kick(t, 0.9);
            s.hat(t + 0.25, 0.4);
        }
        for (; t < 149.5; t += 60 / 140.0) {
            s.kick(t, 0.9);
            s.hat(t + 30 / 140.0, 0.4);
        }
        s.noise(0.01);
        DecodedAudio audio = new DecodedAudio(s.samples(), 44100, Path.of("change.wav"));
        TrackAnalysis one = TrackAnalyzer.standard().analyse(audio, List.of());
        TrackAnalysis three = TrackAnalyzer.standard().withParallelism(Parallelism.of(3)).analyse(audio, List.of());
        assertSame(one.source(), three.source());
        assertEquals(2, one.source().tempo().grid().segments().size(), "the tempo change is found");
    }

    private static void assertSame(FeatureSet a, FeatureSet b) {
        assertEquals(a.signals().keySet(), b.signals().keySet());
        a.signals().forEach((name, s) -> assertArrayEquals(s.values(), b.signals().get(name).values(), name));
        assertEquals(a.events(), b.events(), "events");
        assertEquals(a.tempo().bpm(), b.tempo().bpm());
        assertEquals(a.tempo().confidence(), b.tempo().confidence());
        assertEquals(a.tempo().beatOffsetSec(), b.tempo().beatOffsetSec());
        assertEquals(a.tempo().grid().segments(), b.tempo().grid().segments());
        assertEquals(a.tempo().beats(), b.tempo().beats(), "beats");
    }
}
