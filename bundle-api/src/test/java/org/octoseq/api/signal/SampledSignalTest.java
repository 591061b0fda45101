package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampledSignalTest {

    private static final double EPS = 1e-9;

    /** The spec's buffer {@code [0,1,2,3] @ 2 Hz} (script-api.md §9.3 item 41): duration 2 s. */
    private final SampledSignal ramp = new SampledSignal(2, new float[] {0, 1, 2, 3});

    /** 1000 zeros at 100 Hz with a single 1.0 at index 50 (0.5 s). */
    private static SampledSignal impulse() {
        float[] v = new float[1000];
        v[50] = 1f;
        return new SampledSignal(100, v);
    }

    @Test
    void pointSamplingInterpolatesBetweenNeighbours() {
        assertEquals(0.5, ramp.sample(0.25), EPS);
        assertEquals(1.0, ramp.sample(0.5), EPS);
        assertEquals(2.5, ramp.sample(1.25), EPS);
    }

    @Test
    void pointSamplingIsZeroBeforeTheStartAndFromTheDurationOn() {
        assertEquals(0.0, ramp.sample(-0.1), EPS);
        assertEquals(0.0, ramp.sample(2.0), EPS);
        assertEquals(0.0, ramp.sample(5.0), EPS);
        assertEquals(0.0, new SampledSignal(100, new float[0]).sample(0), EPS);
    }

    @Test
    void theLastSampleHoldsUntilTheDuration() {
        assertEquals(3.0, ramp.sample(1.5), EPS);
        assertEquals(3.0, ramp.sample(1.6), EPS);
        assertEquals(3.0, ramp.sample(1.999), EPS);
    }

    @Test
    void durationIsLengthOverRate() {
        assertEquals(2.0, ramp.durationSec(), EPS);
        assertEquals(4, ramp.length());
        assertEquals(2.0, ramp.rate(), EPS);
    }

    @Test
    void peakWindowFindsAnImpulseInsideTheWindow() {
        SampledSignal s = impulse();
        assertEquals(1.0, s.sampleWindow(0.515, 1.0 / 60), EPS);
        assertEquals(1.0, s.sampleWindow(0.695, 0.2), EPS);
        assertEquals(0.0, s.sampleWindow(0.715, 0.2), EPS);
        assertEquals(0.0, s.sample(0.515), EPS); // point sampling misses it
    }

    @Test
    void peakWindowKeepsTheSignOfTheLargestMagnitude() {
        float[] v = new float[200];
        java.util.Arrays.fill(v, -0.8f);
        SampledSignal s = new SampledSignal(100, v);
        assertEquals(-0.8, s.sampleWindow(1.003, 0.05), 1e-6);

        SampledSignal mixed = new SampledSignal(10, new float[] {0.2f, -0.9f, 0.5f, 0.1f});
        assertEquals(-0.9, mixed.sampleWindow(0.35, 0.3), 1e-6);
    }

    @Test
    void peakWindowOfZeroOrOneSampleFallsBackToPointSampling() {
        assertEquals(ramp.sample(0.25), ramp.sampleWindow(0.25, 0), EPS);
        assertEquals(ramp.sample(0.25), ramp.sampleWindow(0.25, -1), EPS);
        // start == end == sample 0: interpolated, not the sample itself
        assertEquals(0.5, ramp.sampleWindow(0.25, 0.1), EPS);
    }

    @Test
    void peakWindowIsZeroWhenEntirelyBeforeOrAfterTheData() {
        assertEquals(0.0, ramp.sampleWindow(-0.5, 0.2), EPS);
        assertEquals(0.0, ramp.sampleWindow(10, 1), EPS);
    }

    @Test
    void aWindowStraddlingTheEndReturnsTheTailPeak() {
        // t is past the duration (2 s) but the window [1.0, 2.2] still covers samples 2 and 3
        assertEquals(3.0, ramp.sampleWindow(2.2, 1.2), EPS);
        assertEquals(0.0, ramp.sample(2.2), EPS);
    }

    @Test
    void constructorRejectsNonPositiveOrNonFiniteRates() {
        float[] v = {1};
        assertThrows(IllegalArgumentException.class, () -> new SampledSignal(0, v));
        assertThrows(IllegalArgumentException.class, () -> new SampledSignal(-100, v));
        assertThrows(IllegalArgumentException.class, () -> new SampledSignal(Double.NaN, v));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SampledSignal(Double.POSITIVE_INFINITY, v));
        assertTrue(e.getMessage().contains("sample rate"), e.getMessage());
    }

    @Test
    void theInputArrayIsCopiedAndSoAreTheValuesHandedOut() {
        float[] v = {1, 2, 3};
        SampledSignal s = new SampledSignal(1, v);
        v[0] = 99;
        assertEquals(1f, s.valueAt(0));

        float[] out = s.values();
        out[1] = 99;
        assertEquals(2f, s.valueAt(1));
        assertArrayEquals(new float[] {1, 2, 3}, s.values());
    }

    @Test
    void rangeIsMinAndMaxOrZeroWhenEmpty() {
        assertArrayEquals(new double[] {0, 3}, ramp.range(), EPS);
        assertArrayEquals(new double[] {0, 0}, new SampledSignal(1, new float[0]).range(), EPS);
    }

    @Test
    void equalityIsByRateAndValues() {
        assertEquals(new SampledSignal(2, new float[] {0, 1, 2, 3}), ramp);
        assertEquals(new SampledSignal(2, new float[] {0, 1, 2, 3}).hashCode(), ramp.hashCode());
        assertTrue(!ramp.equals(new SampledSignal(4, new float[] {0, 1, 2, 3})));
    }
}
