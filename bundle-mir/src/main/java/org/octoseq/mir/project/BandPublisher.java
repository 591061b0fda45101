package org.octoseq.mir.project;

import org.octoseq.api.source.BandAnalysis;

/** Makes a finished band analysis visible to the rest of the show (in OSGi: registers it as a service). */
@FunctionalInterface
public interface BandPublisher {

    /** A publisher that drops bands (for callers that only want sources). */
    BandPublisher NONE = (band, analysis) -> () -> { };

    /**
     * Publishes {@code analysis} of {@code band}.
     *
     * @return the action that withdraws it again; safe to run once after the publisher has gone away
     */
    Runnable publish(BandSpec band, BandAnalysis analysis);
}
