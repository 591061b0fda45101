package org.octoseq.api.source;

import java.util.Map;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The analysis of a frequency band of one source. It appears under that source:
 * {@code inputs.mix.bands[id|label]} or {@code inputs.stems[s].bands[id|label]}.
 */
@ConsumerType
public interface BandAnalysis {

    /** Service property: the band's id (e.g. {@code band-low}); required. */
    String PROP_ID = "octoseq.band.id";
    /** Service property: the band's label (e.g. {@code Low}); defaults to the id. */
    String PROP_LABEL = "octoseq.band.label";
    /** Service property: the id of the source the band belongs to ({@code mix} or a stem id); required. */
    String PROP_SOURCE = "octoseq.band.source";

    /** The band's signals by name, with the same names as a source's. */
    Map<String, SampledSignal> signals();

    /** The band's event streams by name. */
    Map<String, EventStream> events();
}
