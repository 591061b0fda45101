package org.octoseq.mir.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;

/**
 * The finished, immutable analysis of one source, as registered in the service registry.
 *
 * @param durationSec length of the decoded audio in seconds
 * @param signals     feature signals by name (e.g. {@code energy}), in a stable order
 * @param events      event streams by name
 */
public record AnalysedSource(double durationSec, Map<String, SampledSignal> signals,
        Map<String, EventStream> events) implements AudioSourceAnalysis {

    public AnalysedSource {
        signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }
}
