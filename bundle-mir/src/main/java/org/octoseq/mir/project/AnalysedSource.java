package org.octoseq.mir.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.mir.analysis.FeatureSet;

/**
 * The finished, immutable analysis of one source, as registered in the service registry.
 *
 * @param durationSec length of the decoded audio in seconds
 * @param signals     feature signals by name (e.g. {@code energy}), in a stable order
 * @param events      event streams by name
 * @param grid        the beat grid detected in this source ({@link BeatGrid#NONE} when none)
 */
public record AnalysedSource(double durationSec, Map<String, SampledSignal> signals,
        Map<String, EventStream> events, BeatGrid grid) implements AudioSourceAnalysis {

    public AnalysedSource {
        signals = Collections.unmodifiableMap(new LinkedHashMap<>(signals));
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
    }

    /** The source analysis of {@code features}. */
    public static AnalysedSource of(double durationSec, FeatureSet features) {
        return new AnalysedSource(durationSec, features.signals(), features.events(), features.tempo().grid());
    }

    @Override
    public Optional<BeatGrid> beatGrid() {
        return grid.isEmpty() ? Optional.empty() : Optional.of(grid);
    }
}
