package org.octoseq.api.source;

import java.util.Map;
import org.octoseq.api.signal.SampledSignal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Signals of an audio source computed apart from its own analysis, such as the mix's CQT features
 * ({@code harmonic}, {@code bassMotion}, {@code tonal}) or the curve of a search ({@code searchSimilarity}).
 * They appear among the source's signals ({@code inputs.mix.<name>} or {@code inputs.stems[s].<name>}) while
 * both this service and the source's {@link AudioSourceAnalysis} are registered. A signal of the source's own
 * analysis wins over an extra one of the same name; of two extras with one name the higher-ranked service wins.
 */
@ConsumerType
public interface ExtraSignals {

    /** Service property: the id of the source the signals belong to: {@code mix} (the default) or a stem id. */
    String PROP_SOURCE = "octoseq.extra.source";

    /** The signals by name; the names become script keys. */
    Map<String, SampledSignal> signals();
}
