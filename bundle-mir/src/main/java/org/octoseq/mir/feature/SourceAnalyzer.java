package org.octoseq.mir.feature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.decode.DecodedAudio;

/**
 * Runs a fixed set of features over a decoded source and names the results. The names come from the
 * features themselves, so adding a feature adds a script key without touching any other code.
 */
public final class SourceAnalyzer {

    private final List<SignalFeature> features;

    public SourceAnalyzer(List<SignalFeature> features) {
        this.features = List.copyOf(features);
    }

    /** The analyzer with every feature this bundle computes. */
    public static SourceAnalyzer standard() {
        return new SourceAnalyzer(List.of(new EnergyEnvelope()));
    }

    /** The feature signals by name, in the order of the features. */
    public Map<String, SampledSignal> signals(DecodedAudio audio) {
        Map<String, SampledSignal> out = new LinkedHashMap<>();
        for (SignalFeature f : features) {
            out.put(f.name(), f.compute(audio));
        }
        return out;
    }
}
