package org.octoseq.api.source;

import org.octoseq.api.signal.Signal;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One composed signal: a curve drawn or keyframed by a person rather than analysed from audio (the
 * {@code composedSignals} of an Octoseq interpretation package). It appears as
 * {@code inputs.composedSignals[name]}, keyed by name only; a composed and a custom signal may share a name
 * without interfering.
 */
@ConsumerType
public interface ComposedSignalProvider {

    /** Service property: the signal's name, the script key; required. */
    String PROP_NAME = "octoseq.composed.name";

    Signal signal();
}
