package org.octoseq.api.signal;

/** Receives the values that {@link Signal#probe(String)} nodes see (the trace command installs one). */
@FunctionalInterface
public interface ProbeListener {

    /**
     * @param name  the probe's name as the script wrote it
     * @param time  evaluation time in seconds
     * @param value the value passing through the probe
     */
    void record(String name, double time, double value);
}
