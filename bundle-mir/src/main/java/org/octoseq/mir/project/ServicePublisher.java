package org.octoseq.mir.project;

import java.util.Map;

/**
 * Makes a service a show derives beside its sources and bands visible to the rest of the runtime (in OSGi:
 * registers it): custom signals and events, the beat-grid override, extra signals of a source.
 */
public interface ServicePublisher {

    /** A publisher that drops everything (for callers that only want sources and bands). */
    ServicePublisher NONE = new ServicePublisher() {
        @Override
        public <T> Runnable publish(Class<T> type, T service, Map<String, Object> properties) {
            return () -> { };
        }
    };

    /**
     * Publishes {@code service} under {@code type} with the given service properties.
     *
     * @return the action that withdraws it again; safe to run once after the publisher has gone away
     */
    <T> Runnable publish(Class<T> type, T service, Map<String, Object> properties);
}
