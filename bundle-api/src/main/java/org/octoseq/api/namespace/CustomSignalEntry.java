package org.octoseq.api.namespace;

import org.octoseq.api.signal.Signal;

/** A custom signal: {@code inputs.customSignals[id|name]}. */
public record CustomSignalEntry(String id, String name, Signal signal) {
}
