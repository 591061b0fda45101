package org.octoseq.mir.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.tempo.TempoAnalysis;

/**
 * What is known about one source or band: its signals ({@value #ENERGY}, {@value #CENTROID}, {@value #FLUX},
 * {@value #ONSET}, all at the same frame rate and length), its event streams ({@value #ONSET_PEAKS},
 * {@value #BEAT_CANDIDATES}) and its tempo. Immutable.
 */
public record FeatureSet(Map<String, SampledSignal> signals, Map<String, EventStream> events, TempoAnalysis tempo) {

    public static final String ENERGY = "energy";
    public static final String CENTROID = "centroid";
    public static final String FLUX = "flux";
    public static final String ONSET = "onset";
    public static final String ONSET_PEAKS = "onsetPeaks";
    public static final String BEAT_CANDIDATES = "beatCandidates";

    public FeatureSet {
        signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }
}
