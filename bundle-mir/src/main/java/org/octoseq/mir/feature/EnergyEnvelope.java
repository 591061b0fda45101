package org.octoseq.mir.feature;

import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.decode.DecodedAudio;

/**
 * Loudness as an RMS amplitude envelope at 100 frames per second.
 *
 * <p>Frame {@code i} is the root mean square of the samples within one hop ({@code sampleRate / 100}
 * samples, 10 ms) either side of {@code t = i / 100} s, i.e. a rectangular window of about 20 ms centred on
 * the frame time; near the ends the window is cut to the samples that exist. Values are linear amplitude in
 * {@code [0, 1]} for full-scale audio: a sine of amplitude {@code A} gives {@code A / sqrt(2)}, silence 0.
 * There are {@code ceil(duration * 100)} frames.
 */
public final class EnergyEnvelope implements SignalFeature {

    /** The signal's name: {@value}. */
    public static final String NAME = "energy";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SampledSignal compute(DecodedAudio audio) {
        double hop = audio.sampleRate() / FRAME_RATE_HZ;
        int frames = (int) Math.ceil(audio.samples().length / hop);
        return new SampledSignal(FRAME_RATE_HZ, rms(audio.samples(), audio.sampleRate(), FRAME_RATE_HZ, frames));
    }

    /**
     * The RMS envelope of {@code x}: frame {@code i} over the samples within one hop either side of
     * {@code i / frameRate} s.
     *
     * @param sampleRate samples per second of {@code x} (Hz)
     * @param frameRate  frames per second
     * @param frames     number of frames to compute
     */
    public static float[] rms(float[] x, double sampleRate, double frameRate, int frames) {
        double hop = sampleRate / frameRate;
        float[] rms = new float[frames];
        for (int i = 0; i < frames; i++) {
            double centre = i * hop;
            int from = (int) Math.max(0, Math.ceil(centre - hop));
            int to = (int) Math.min(x.length, Math.ceil(centre + hop));
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += (double) x[k] * x[k];
            }
            rms[i] = to > from ? (float) Math.sqrt(sum / (to - from)) : 0f;
        }
        return rms;
    }
}
