package org.octoseq.api.source;

import java.util.Map;
import java.util.Optional;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.time.BeatGrid;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The analysis of one audio source: the mixdown ({@code octoseq.source.kind=mix}) or a stem
 * ({@code octoseq.source.kind=stem}). Register it as a service with the properties below; it appears as
 * {@code inputs.mix} or {@code inputs.stems[id|label]} from the next frame on, and vanishes when the service does.
 */
@ConsumerType
public interface AudioSourceAnalysis {

    /** Service property: the source's id (e.g. {@code stem-drums}); required. */
    String PROP_ID = "octoseq.source.id";
    /** Service property: the label a script may use instead of the id (e.g. {@code Drums}); defaults to the id. */
    String PROP_LABEL = "octoseq.source.label";
    /** Service property: {@value #KIND_MIX} or {@value #KIND_STEM}; required. */
    String PROP_KIND = "octoseq.source.kind";
    String KIND_MIX = "mix";
    String KIND_STEM = "stem";

    /** Length of the analysed audio in seconds. */
    double durationSec();

    /** The signals by name as computed (e.g. {@code energy}, {@code centroid}); names become script keys. */
    Map<String, SampledSignal> signals();

    /** The event streams by name (e.g. {@code onsetPeaks}, {@code beatCandidates}). */
    Map<String, EventStream> events();

    /** The tempo grid detected in this source, if any (the mix's is the default grid of the show). */
    default Optional<BeatGrid> beatGrid() {
        return Optional.empty();
    }
}
