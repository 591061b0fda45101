package org.octoseq.mir.feature;

import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.decode.DecodedAudio;

/** One named feature computed from a whole decoded source (e.g. {@code energy}). */
public interface SignalFeature {

    /** Rate of every feature signal: frame {@code i} describes the audio around {@code i / 100} seconds. */
    double FRAME_RATE_HZ = 100.0;

    /** The key the signal gets in the script namespace (e.g. {@code inputs.mix.energy}). */
    String name();

    /** Computes the feature at {@link #FRAME_RATE_HZ}. */
    SampledSignal compute(DecodedAudio audio);
}
