package org.octoseq.mir.project;

import org.octoseq.api.source.AudioSourceAnalysis;

/** Makes a finished analysis visible to the rest of the show (in OSGi: registers it as a service). */
@FunctionalInterface
public interface SourcePublisher {

    /**
     * Publishes {@code analysis} of {@code source}.
     *
     * @return the action that withdraws it again; safe to run once after the publisher has gone away
     */
    Runnable publish(SourceSpec source, AudioSourceAnalysis analysis);
}
