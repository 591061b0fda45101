package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §9.9. */
class EventExtractionTest {

    /** A 1000 Hz, 1 s buffer of triangular peaks (centre, height, half-width) on a floor of 0.1. */
    private static double[] peaks(double... centreHeightHalf) {
        return Harness.fill(1000, i -> {
            double t = i / 1000.0;
            double v = 0.1;
            for (int p = 0; p < centreHeightHalf.length; p += 3) {
                double d = Math.abs(t - centreHeightHalf[p]);
                if (d < centreHeightHalf[p + 2]) {
                    v = Math.max(v, centreHeightHalf[p + 1] * (1 - d / centreHeightHalf[p + 2]));
                }
            }
            return v;
        });
    }

    private static EventStream pick(double[] buffer, Map<String, ?> options) {
        Harness h = new Harness().mix("x", 1000, buffer);
        h.ctx.setTrackDuration(Double.NaN); // duration from the buffer
        h.frame(0, 0);
        return h.ctx.callWith(() -> Harness.mixIn("x").interpolate().getPick().events(options));
    }

    @Test
    void item107_defaults() {
        PickOptions o = PickOptions.parse(Map.of(), w -> { });
        assertEquals(new PickOptions(0.25, 1.0, 0.15, 0.0, 0.1, 0.5, PickOptions.WeightMode.PEAK_HEIGHT, 0.25), o);
    }

    @Test
    void item108_pickReturnsAPopulatedStream() {
        double[] b = Harness.fill(1000, i -> {
            double t = i / 1000.0;
            return Math.abs(t - 0.503) < 0.1 ? 1 - 5 * Math.abs(t - 0.503) : 0.1;
        });
        EventStream s = pick(b, Map.of("min_threshold", 0, "adaptive_factor", 0));
        assertEquals(1, s.len());
        assertEquals(0.50, s.get(0).time(), 0.01);
        assertEquals(1, s.get(0).weight(), 1e-9);
        assertEquals(1.0, s.get(0).beatPosition(), 0.02);
    }

    @Test
    void item109_hysteresis() {
        Map<String, Object> opts = Map.of("hysteresis_beats", 0.1, "min_threshold", 0, "adaptive_factor", 0);
        assertEquals(3, pick(peaks(0.25, 1, 0.05, 0.5, 1, 0.05, 0.75, 1, 0.05), opts).len());
        EventStream close = pick(peaks(0.4, 0.6, 0.02, 0.45, 1, 0.02),
                Map.of("hysteresis_beats", 0.5, "min_threshold", 0, "adaptive_factor", 0));
        assertEquals(1, close.len());
        assertEquals(0.45, close.get(0).time(), 0.011);
    }

    @Test
    void item110_deterministic() {
        double[] b = peaks(0.1, 0.7, 0.03, 0.3, 1, 0.04, 0.6, 0.4, 0.05, 0.85, 0.9, 0.03);
        EventStream first = pick(b, Map.of());
        EventStream second = pick(b, Map.of());
        assertEquals(first, second);
        assertEquals(first.key(), second.key());
    }

    @Test
    void item111_weightsAreDividedByTheMaximum() {
        EventStream s = pick(peaks(0.2, 0.5, 0.05, 0.5, 1.0, 0.05, 0.8, 0.75, 0.05),
                Map.of("hysteresis_beats", 0.1, "min_threshold", 0, "adaptive_factor", 0));
        assertArrayEquals(new double[] {0.5, 1.0, 0.75}, s.events().stream().mapToDouble(Event::weight).toArray(), 0.02);
    }

    @Test
    void integratedEnergyAndPhaseBiasChangeOnlyWeights() {
        double[] b = peaks(0.25, 1, 0.05, 0.6, 0.8, 0.05);
        Map<String, Object> base = Map.of("hysteresis_beats", 0.1, "min_threshold", 0, "adaptive_factor", 0);
        EventStream plain = pick(b, base);
        EventStream energy = pick(b, Map.of("hysteresis_beats", 0.1, "min_threshold", 0, "adaptive_factor", 0,
                "weight_mode", "integrated_energy"));
        EventStream biased = pick(b, Map.of("hysteresis_beats", 0.1, "min_threshold", 0, "adaptive_factor", 0,
                "phase_bias", 1));
        assertEquals(plain.len(), energy.len());
        assertEquals(plain.len(), biased.len());
        assertEquals(plain.get(0).time(), biased.get(0).time(), 0);
    }

    @Test
    void aPeakReadAsThePeakOfEachStepIsFoundOnceAtItsSample() {
        // at 100 Hz, the default sampling (peak of [t - 0.01, t]) shows sample 50 at both 0.50 and 0.51 s
        double[] v = new double[100];
        java.util.Arrays.fill(v, 0.1);
        v[50] = 1;
        Harness h = new Harness().mix("x", 100, v);
        h.ctx.setTrackDuration(Double.NaN);
        h.frame(0, 0);
        EventStream s = h.ctx.callWith(() -> Harness.mixIn("x").getPick().events(Map.of("min_threshold", 0,
                "adaptive_factor", 0)));
        assertEquals(1, s.len());
        assertEquals(0.50, s.get(0).time(), 1e-9);
        // a flat stretch at the start of the track is not a peak
        double[] ramp = Harness.fill(100, i -> i < 10 ? 1 : 0.1);
        Harness h2 = new Harness().mix("x", 100, ramp);
        h2.ctx.setTrackDuration(Double.NaN);
        h2.frame(0, 0);
        assertEquals(0, (int) h2.ctx.callWith(() -> Harness.mixIn("x").interpolate().getPick().events(Map.of(
                "min_threshold", 0, "adaptive_factor", 0)).len()));
    }

    @Test
    void pickOutsideAScriptNeedsAContext() {
        assertThrows(IllegalStateException.class, () -> Signal.constant(1).getPick().events());
    }
}
