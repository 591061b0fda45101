package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Spec §9.3. */
class InputSamplingTest {

    private static final double EPS = 1e-4;

    private static double[] impulse() {
        double[] v = new double[1000];
        v[50] = 1;
        return v;
    }

    @Test
    void item41_interpolateSampling() {
        Harness h = new Harness().mix("x", 2, 0, 1, 2, 3);
        Signal x = Harness.mixIn("x").interpolate();
        assertEquals(0.5, h.at(x, 0.25, 1 / 60.0), EPS);
        assertEquals(3, h.at(x, 1.6, 1 / 60.0), EPS);
        assertEquals(0, h.at(x, 2.0, 1 / 60.0), EPS);
        assertEquals(0, h.at(x, -0.1, 1 / 60.0), EPS);
    }

    @Test
    void item42_defaultPeakSamplingCatchesAnImpulseThatInterpolationMisses() {
        Harness h = new Harness().mix("x", 100, impulse());
        assertEquals(1.0, h.at(Harness.mixIn("x"), 0.515, 1 / 60.0), EPS);
        assertEquals(0.0, h.at(Harness.mixIn("x").interpolate(), 0.515, 1 / 60.0), EPS);
    }

    @Test
    void item43_peakWindowSeconds() {
        Harness h = new Harness().mix("x", 100, impulse());
        Signal x = Harness.mixIn("x").peak_window_sec(0.2);
        assertEquals(1.0, h.at(x, 0.695, 1 / 60.0), EPS);
        assertEquals(0.0, h.at(x, 0.715, 1 / 60.0), EPS);
    }

    @Test
    void item44_peakWindowBeatsAt120Bpm() {
        Harness h = new Harness().mix("x", 100, impulse());
        Signal x = Harness.mixIn("x").peak_window(0.4);
        assertEquals(1.0, h.at(x, 0.695, 1 / 60.0), EPS);
        assertEquals(0.0, h.at(x, 0.715, 1 / 60.0), EPS);
    }

    @Test
    void item45_peakKeepsTheSign() {
        Harness h = new Harness().mix("x", 100, Harness.fill(200, i -> -0.8));
        assertEquals(-0.8, h.at(Harness.mixIn("x"), 1.003, 0.05), 1e-6);
    }

    @Test
    void item46_samplingModesApplyToEveryInputKind() {
        InputRef stem = InputRef.stem("drums", "energy");
        InputRef custom = InputRef.custom("sig-a");
        InputRef band = InputRef.band("kick", "energy");
        Harness h = new Harness().put(stem, 100, impulse()).put(custom, 100, impulse()).put(band, 100, impulse());
        for (InputRef ref : new InputRef[] {stem, custom, band}) {
            Signal in = Signal.input(ref);
            assertEquals(1.0, h.at(in, 0.515, 1 / 60.0), EPS, ref.path());
            assertEquals(0.0, h.at(in.interpolate(), 0.515, 1 / 60.0), EPS, ref.path());
            assertEquals(1.0, h.at(in.peak_window_sec(0.2), 0.695, 1 / 60.0), EPS, ref.path());
            assertEquals(1.0, h.at(in.interpolate().peak_window(0.4), 0.695, 1 / 60.0), EPS, ref.path());
            assertNotEquals(in.key(), in.peak_window(0.4).key());
        }
        Signal derived = Signal.constant(1).add(2);
        assertSame(derived, derived.interpolate().peak().peak_window(1).peak_window_sec(1)); // documented no-op
    }
}
