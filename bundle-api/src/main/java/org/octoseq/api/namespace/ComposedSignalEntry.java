package org.octoseq.api.namespace;

import org.octoseq.api.signal.Signal;

/** A composed (drawn, keyframed) signal: {@code inputs.composedSignals[name]}. */
public record ComposedSignalEntry(String name, Signal signal) {
}
