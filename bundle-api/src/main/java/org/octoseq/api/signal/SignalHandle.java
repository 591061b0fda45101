package org.octoseq.api.signal;

/**
 * Something that stands for a {@link Signal}, such as the script host's JavaScript wrapper. {@link Signal#of}
 * unwraps it, so a wrapped signal can be passed back wherever a Signal parameter is expected.
 */
@FunctionalInterface
public interface SignalHandle {

    /** The signal this object stands for. */
    Signal signal();
}
