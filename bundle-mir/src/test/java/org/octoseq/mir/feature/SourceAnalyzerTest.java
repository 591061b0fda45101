package org.octoseq.mir.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.decode.DecodedAudio;

class SourceAnalyzerTest {

    private final DecodedAudio audio = new DecodedAudio(TestAudio.sine(8000, 200, 0.5, 1.0), 8000, Path.of("a.wav"));

    @Test
    void standardAnalysisNamesItsSignals() {
        Map<String, SampledSignal> signals = SourceAnalyzer.standard().signals(audio);
        assertEquals(List.of("energy"), List.copyOf(signals.keySet()));
        assertEquals(1.0, signals.get("energy").durationSec(), 1e-9);
    }

    @Test
    void namesComeFromTheFeatures() {
        SignalFeature peak = new SignalFeature() {
            @Override
            public String name() {
                return "peak";
            }

            @Override
            public SampledSignal compute(DecodedAudio a) {
                return new SampledSignal(FRAME_RATE_HZ, new float[] {0.5f});
            }
        };
        Map<String, SampledSignal> signals = new SourceAnalyzer(List.of(new EnergyEnvelope(), peak)).signals(audio);
        assertEquals(List.of("energy", "peak"), List.copyOf(signals.keySet()));
    }
}
