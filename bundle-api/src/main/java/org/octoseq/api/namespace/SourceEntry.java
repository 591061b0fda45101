package org.octoseq.api.namespace;

import java.util.List;
import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;

/**
 * An audio source as the namespace shows it: the mix or one stem, with the bands whose source it is.
 *
 * @param id          the source id ({@code mix} for the mixdown unless its provider says otherwise)
 * @param label       the display label, also a key in {@code inputs.stems}
 * @param kind        {@code mix} or {@code stem}
 * @param durationSec length of the analysed audio
 * @param signals     signals by name, in the provider's order
 * @param events      event streams by name
 * @param bands       the bands of this source, ordered by label then id
 */
public record SourceEntry(String id, String label, String kind, double durationSec,
                          Map<String, SampledSignal> signals, Map<String, EventStream> events,
                          List<BandEntry> bands) {

    public SourceEntry {
        signals = Collections2.orderedCopy(signals);
        events = Collections2.orderedCopy(events);
        bands = List.copyOf(bands);
    }
}
