package org.octoseq.api.signal;

/** Finds the data behind an input reference; implemented by the namespace snapshot. */
@FunctionalInterface
public interface InputResolver {

    /**
     * The signal behind the reference, or {@code null} when nothing provides it right now. Sampled data is
     * returned as {@link Signal#sampled(SampledSignal)}, so the input's sampling mode can be applied to it.
     */
    Signal resolve(InputRef ref);

    /** Resolves nothing: every input evaluates to 0. */
    InputResolver NONE = ref -> null;
}
