package org.octoseq.mir.project;

import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.mir.analysis.FeatureSet;

/**
 * The finished, immutable analysis of one frequency band, as registered in the service registry.
 *
 * @param signals the band's signals by name (same names as a source's)
 * @param events  the band's event streams by name
 */
public record AnalysedBand(Map<String, SampledSignal> signals, Map<String, EventStream> events)
        implements BandAnalysis {

    public AnalysedBand {
        signals = Map.copyOf(signals);
        events = Map.copyOf(events);
    }

    public static AnalysedBand of(FeatureSet features) {
        return new AnalysedBand(features.signals(), features.events());
    }
}
