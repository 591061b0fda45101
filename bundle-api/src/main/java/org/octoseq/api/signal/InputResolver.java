package org.octoseq.api.signal;

/** Finds the data behind an input reference; implemented by the namespace snapshot. */
@FunctionalInterface
public interface InputResolver {

    /**
     * The signal behind the reference, or {@code null} when nothing provides it right now. Sampled data is
     * returned as {@link Signal#sampled(SampledSignal)}, so the input's sampling mode can be applied to it.
     */
    Signal resolve(InputRef ref);

    /**
     * Whether this resolver always gives the same answer for the same reference (an immutable snapshot such
     * as the namespace). Evaluation then remembers each input's resolution while the resolver stays the same
     * instance, instead of looking it up every frame. False by default.
     */
    default boolean isSnapshot() {
        return false;
    }

    /**
     * Length of the track these inputs belong to in seconds, or {@code NaN} when unknown. Whole-track operations
     * (normalisation statistics, Gaussian smoothing, {@code anticipate}, {@code *_to_next} after the last event,
     * event extraction) use it unless the context was given a duration explicitly. NaN by default.
     */
    default double trackDuration() {
        return Double.NaN;
    }

    /** Resolves nothing: every input evaluates to 0. */
    InputResolver NONE = ref -> null;
}
