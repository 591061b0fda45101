package org.octoseq.api.signal;

import org.octoseq.api.signal.GeneratorNodes.Wave;

/**
 * The {@code gen} global: oscillators and noise. All of them run on the beat position {@code B(t)} of the
 * active grid (120 BPM without one), so frequencies are in cycles per beat and phases in cycles. Numeric
 * parameters accept a number or a Signal; omitted ones take their defaults (phase 0, duty 0.5, seed 0).
 */
public final class Generators {

    /** A constant signal. */
    public Signal constant(Object value) {
        return Signal.of(value);
    }

    /** {@code sin(2π (B·freq + phase))}, in [-1, 1]. */
    public Signal sin(Object freq) {
        return sin(freq, 0);
    }

    public Signal sin(Object freq, Object phase) {
        return new GeneratorNodes.Periodic(Wave.SIN, Signal.of(freq), Signal.of(phase), null);
    }

    /** 1 while the cycle position {@code u = frac(B·freq + phase)} is below {@code duty} (0..1), else -1. */
    public Signal square(Object freq) {
        return square(freq, 0, 0.5);
    }

    public Signal square(Object freq, Object phase) {
        return square(freq, phase, 0.5);
    }

    public Signal square(Object freq, Object phase, Object duty) {
        return new GeneratorNodes.Periodic(Wave.SQUARE, Signal.of(freq), Signal.of(phase), Signal.of(duty));
    }

    /** -1 at the start of each cycle, +1 halfway. */
    public Signal triangle(Object freq) {
        return triangle(freq, 0);
    }

    public Signal triangle(Object freq, Object phase) {
        return new GeneratorNodes.Periodic(Wave.TRIANGLE, Signal.of(freq), Signal.of(phase), null);
    }

    /** Rising ramp {@code 2u - 1}, from -1 to 1 each cycle. */
    public Signal saw(Object freq) {
        return saw(freq, 0);
    }

    public Signal saw(Object freq, Object phase) {
        return new GeneratorNodes.Periodic(Wave.SAW, Signal.of(freq), Signal.of(phase), null);
    }

    /** White noise with seed 0. */
    public Signal noise() {
        return noise("white", 0);
    }

    public Signal noise(String type) {
        return noise(type, 0);
    }

    /**
     * Noise in [-1, 1]: {@code "pink"} is Voss–McCartney pink noise (stateful, advances once per frame); any
     * other type is white noise, a hash of (seed, t) that stays constant while the time does not change.
     */
    public Signal noise(String type, Number seed) {
        long s = seed.longValue();
        return "pink".equals(type) ? new GeneratorNodes.Pink(s) : new GeneratorNodes.White(s);
    }

    /** 1-D gradient noise at {@code B / scale} (beats per lattice cell), about [-0.5, 0.5], seed 0. */
    public Signal perlin(Object scale) {
        return perlin(scale, 0);
    }

    public Signal perlin(Object scale, Number seed) {
        return new GeneratorNodes.Perlin(Signal.of(scale), seed.longValue());
    }

    @Override
    public String toString() {
        return "gen";
    }
}
