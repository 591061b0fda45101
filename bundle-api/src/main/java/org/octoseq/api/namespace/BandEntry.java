package org.octoseq.api.namespace;

import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;

/**
 * A frequency band as the namespace shows it.
 *
 * @param id       the band id
 * @param label    the display label
 * @param sourceId the source it belongs to
 * @param signals  signals by name
 * @param events   event streams by name
 */
public record BandEntry(String id, String label, String sourceId,
                        Map<String, SampledSignal> signals, Map<String, EventStream> events) {

    public BandEntry {
        signals = Collections2.orderedCopy(signals);
        events = Collections2.orderedCopy(events);
    }
}
