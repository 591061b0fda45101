package org.octoseq.api.source;

import org.octoseq.api.signal.Signal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One named signal: {@code inputs.customSignals[id|name]}. Return {@link Signal#sampled} for precomputed data
 * or any computed signal (an LFO, a combination of other inputs).
 */
@ConsumerType
public interface CustomSignalProvider {

    /** Service property: the signal's id; required. */
    String PROP_ID = "octoseq.signal.id";
    /** Service property: the signal's display name; defaults to the id. */
    String PROP_NAME = "octoseq.signal.name";

    Signal signal();
}
