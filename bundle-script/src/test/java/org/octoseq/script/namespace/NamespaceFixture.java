package org.octoseq.script.namespace;

import java.util.List;
import java.util.Map;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.signal.Event;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.api.source.CustomSignalProvider;

/**
 * A synthesised project registered straight into a real registry: a mix (four signals, an extra "shimmer",
 * events), two stems, a band on the mix and one on a stem, two custom signals, two custom event streams.
 * Every signal is constant over 10 s at 100 Hz, so a script can check exact values.
 */
public final class NamespaceFixture {

    private NamespaceFixture() {
    }

    static SampledSignal constant(double value) {
        float[] v = new float[1000];
        java.util.Arrays.fill(v, (float) value);
        return new SampledSignal(100, v);
    }

    public static EventStream events(double... times) {
        return EventStream.of(java.util.Arrays.stream(times).mapToObj(t -> Event.at(t, 1.0)).toList());
    }

    public record Source(Map<String, SampledSignal> signals, Map<String, EventStream> events) implements AudioSourceAnalysis {
        public double durationSec() {
            return 10;
        }
    }

    public record Band(Map<String, SampledSignal> signals, Map<String, EventStream> events) implements BandAnalysis {
    }

    public record Custom(Signal signal) implements CustomSignalProvider {
    }

    public record CustomEvents(EventStream events) implements CustomEventProvider {
    }

    static Map<String, SampledSignal> four(double base) {
        return Map.of("energy", constant(base), "centroid", constant(base * 1000), "flux", constant(base / 10),
                "onset", constant(base / 100));
    }

    static void register(NamespaceRegistryComponent registry) {
        java.util.LinkedHashMap<String, SampledSignal> mixSignals = new java.util.LinkedHashMap<>(four(0.5));
        mixSignals.put("shimmer", constant(0.25));
        registry.put(new Source(mixSignals, Map.of("beatCandidates", events(0.5, 1.0, 1.5, 2.0),
                "onsetPeaks", events(0.1, 0.6, 1.1))),
                Map.of(AudioSourceAnalysis.PROP_ID, "mix", AudioSourceAnalysis.PROP_KIND, "mix"));
        registry.put(new Source(four(0.8), Map.of("onsetPeaks", events(0.0, 0.5))),
                Map.of(AudioSourceAnalysis.PROP_ID, "stem-drums", AudioSourceAnalysis.PROP_LABEL, "Drums",
                        AudioSourceAnalysis.PROP_KIND, "stem"));
        registry.put(new Source(four(0.3), Map.of()),
                Map.of(AudioSourceAnalysis.PROP_ID, "stem-bass", AudioSourceAnalysis.PROP_LABEL, "Bass",
                        AudioSourceAnalysis.PROP_KIND, "stem"));
        registry.put(new Band(four(0.2), Map.of("onsetPeaks", events(0.1, 0.2, 0.3))),
                Map.of(BandAnalysis.PROP_ID, "band-low", BandAnalysis.PROP_LABEL, "Low", BandAnalysis.PROP_SOURCE, "mix"));
        registry.put(new Band(four(0.9), Map.of()),
                Map.of(BandAnalysis.PROP_ID, "band-kick", BandAnalysis.PROP_LABEL, "Kick 'A' \"hits\"",
                        BandAnalysis.PROP_SOURCE, "stem-drums"));
        registry.put(new Custom(Signal.sampled(constant(0.125))),
                Map.of(CustomSignalProvider.PROP_ID, "sig-bass", CustomSignalProvider.PROP_NAME, "Bass Energy"));
        registry.put(new Custom(Signal.constant(0.75)),
                Map.of(CustomSignalProvider.PROP_ID, "sig-const", CustomSignalProvider.PROP_NAME, "Three Quarters"));
        registry.put(new CustomEvents(events(1, 2)),
                Map.of(CustomEventProvider.PROP_ID, "ev-hits", CustomEventProvider.PROP_NAME, "Hits"));
        registry.put(new CustomEvents(events(3)),
                Map.of(CustomEventProvider.PROP_ID, "ev-drops", CustomEventProvider.PROP_NAME, "Drops"));
    }

    static List<String> keysOf(Map<String, ?> m) {
        return List.copyOf(m.keySet());
    }
}
