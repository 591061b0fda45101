package org.octoseq.api.signal;

/**
 * {@code signal.smooth.*}: smoothing with durations in beats (converted at the tempo of each frame).
 * Parameters accept numbers or Signals.
 */
public final class SmoothBuilder {

    private final Signal source;

    SmoothBuilder(Signal source) {
        this.source = source;
    }

    /** Mean over the last {@code beats} (a ring buffer of frames; restarts when its frame count changes). */
    public Signal moving_average(Object beats) {
        return new SmoothingNodes.MovingAverage(source, Signal.of(beats));
    }

    /**
     * One-pole smoothing that follows rises with time constant {@code attackBeats} and falls with
     * {@code releaseBeats} (time constants floored at 1 ms); the first output equals the input.
     */
    public Signal exponential(Object attackBeats, Object releaseBeats) {
        return new SmoothingNodes.Exponential(source, Signal.of(attackBeats), Signal.of(releaseBeats));
    }

    /**
     * Centred Gaussian blur with standard deviation {@code sigmaBeats}, computed over the whole-track series
     * of the source (so it looks up to 3σ ahead); passes through when σ ≤ 0.
     */
    public Signal gaussian(Object sigmaBeats) {
        return new SmoothingNodes.Gaussian(source, Signal.of(sigmaBeats));
    }

    @Override
    public String toString() {
        return source.describe() + ".smooth";
    }
}
