package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.octoseq.api.time.BeatGrid;

/** Spec §9.6. */
class SmoothingNormaliseGateTest {

    private static final double DT = 1 / 60.0;
    private static final double[] EXP_GOLDEN = {0, 0.2834687, 0.4865829, 0.6321206, 0.5913532, 0.5532150};

    /** A 60 Hz buffer read with .interpolate() at t = k/60 gives exactly these frame inputs. */
    private static Harness steps(double... values) {
        return new Harness().mix("x", 60, values);
    }

    @Test
    void item72_exponentialGolden() {
        Harness h = steps(0, 1, 1, 1, 0, 0);
        Signal s = Harness.mixIn("x").interpolate().getSmooth().exponential(0.1, 0.5);
        double[] out = h.run(s, 0, DT, 6);
        for (int k = 0; k < 6; k++) {
            assertEquals(EXP_GOLDEN[k], out[k], 1e-5, "frame " + k);
        }
    }

    @Test
    void item73_exponentialUsesTheGridTempo() {
        Harness h = steps(0, 1, 1).grid(BeatGrid.constant(60, 0));
        double[] out = h.run(Harness.mixIn("x").interpolate().getSmooth().exponential(0.1, 0.1), 0, DT, 2);
        assertEquals(0.1535183, out[1], 1e-6);
    }

    @Test
    void item74_zeroTimeConstantsFollowTheInput() {
        Harness h = steps(0, 1, 0.3, 0.9);
        double[] out = h.run(Harness.mixIn("x").interpolate().getSmooth().exponential(0, 0), 0, DT, 4);
        assertEquals(1, out[1], 1e-6);
        assertEquals(0.3, out[2], 1e-6);
        assertEquals(0.9, out[3], 1e-6);
    }

    @Test
    void item75_chainRebuiltEveryFrameKeepsItsState() {
        Harness h = steps(0, 1, 1, 1, 0, 0);
        for (int k = 0; k < 6; k++) {
            Signal rebuilt = Harness.mixIn("x").interpolate().getSmooth().exponential(0.1, 0.5);
            assertEquals(EXP_GOLDEN[k], h.at(rebuilt, k * DT, DT), 1e-5, "frame " + k);
        }
    }

    @Test
    void item76_movingAverage() {
        Harness h = new Harness().mix("x", 8, 1, 3, 5);
        double[] out = h.run(Harness.mixIn("x").interpolate().getSmooth().moving_average(0.5), 0, 0.125, 3);
        assertEquals(1, out[0], 1e-9);
        assertEquals(2, out[1], 1e-9);
        assertEquals(4, out[2], 1e-9);
    }

    @Test
    void item77_capacityChangeRestartsTheAverage() {
        Harness h = new Harness().mix("x", 8, 1, 3, 5, 7, 9);
        Signal avg = Harness.mixIn("x").interpolate().getSmooth().moving_average(0.5);
        assertEquals(1, h.at(avg, 0, 0.125), 1e-9);
        assertEquals(2, h.at(avg, 0.125, 0.125), 1e-9);
        assertEquals(5, h.at(avg, 0.25, 0.0625), 1e-9); // capacity 4 now: history cleared
        assertEquals(6, h.at(avg, 0.375, 0.0625), 1e-9);
    }

    @Test
    void item78_gaussianOverTheWholeSourceGraph() {
        Harness h = new Harness();
        assertEquals(0.7, h.at(Signal.constant(0.7).getSmooth().gaussian(0.25), 3.3, DT), 1e-9);

        // a symmetric triangular peak at 5 s on a custom input, scaled: the blur is symmetric around 5 s
        double[] peak = Harness.fill(1000, i -> Math.max(0, 1 - Math.abs(i / 100.0 - 5) * 4));
        h.put(InputRef.custom("c"), 100, peak);
        Signal blurred = Signal.input(InputRef.custom("c")).interpolate().scale(2).getSmooth().gaussian(0.1);
        double left = h.at(blurred, 4.9, DT);
        double right = h.at(blurred, 5.1, DT);
        double centre = h.at(blurred, 5.0, DT);
        assertEquals(left, right, 1e-9);
        assertTrue(centre < 2 && centre > left, centre + " vs " + left);
        assertEquals(0.5, h.at(Signal.constant(0.5).getSmooth().gaussian(0), 1, DT), 0); // σ ≤ 0 passes through
    }

    @Test
    void item79_toRange() {
        Harness h = new Harness();
        assertEquals(0.25, h.at(Signal.constant(2.5).getNormalise().to_range(0, 10), 0, DT), 1e-9);
        assertEquals(1, h.at(Signal.constant(15).getNormalise().to_range(0, 10), 0, DT), 1e-9);
        assertEquals(0, h.at(Signal.constant(-1).getNormalise().to_range(0, 10), 0, DT), 1e-9);
        assertEquals(0.5, h.at(Signal.constant(7).getNormalise().to_range(1, 1), 0, DT), 1e-9);
    }

    @Test
    void item80_liveNormalisationUsesWholeTrackStatistics() {
        Harness h = new Harness().mix("x", 100, Harness.fill(1000, k -> k / 100.0));
        Signal scaled = Harness.mixIn("x").scale(10);
        assertEquals(0.5005, h.at(scaled.getNormalise().global(), 5.003, DT), 2e-3);
        assertEquals(0.5, h.at(scaled.getNormalise().robust(), 5.003, DT), 2e-3);
        assertTrue(h.warnings.isEmpty(), h.warnings.toString());
    }

    @Test
    void item80_durationComesFromTheInputsWhenNotSet() {
        Harness h = new Harness().mix("x", 100, Harness.fill(1000, k -> k / 100.0));
        EvalContext ctx = new EvalContext(w -> { });
        ctx.beginFrame(new org.octoseq.api.time.Transport(5.003, DT, 0),
                ref -> ref.equals(InputRef.mix("x")) ? Signal.sampled(new SampledSignal(100,
                        toFloat(Harness.fill(1000, k -> k / 100.0)))) : null, BeatGrid.NONE);
        assertEquals(0.5005, Harness.mixIn("x").scale(10).getNormalise().global().evaluate(ctx), 2e-3);
        assertEquals(10, ctx.trackDurationFor(Harness.mixIn("x")), 1e-9);
        assertTrue(h.warnings.isEmpty());
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Test
    void item81_statisticsRules() {
        double[] v = Harness.fill(100, i -> i);
        v[3] = Double.NaN;
        v[7] = Double.POSITIVE_INFINITY;
        TrackStats s = TrackStats.of(v);
        // 98 finite values: 0..99 without 3 and 7
        assertEquals(0, s.min(), 0);
        assertEquals(99, s.max(), 0);
        assertEquals(5, s.p5(), 0); // sorted[floor(0.05·98) = 4] = 5
        assertEquals(95, s.p95(), 0); // sorted[floor(0.95·98) = 93] = 95
        assertEquals(0.5, NormaliseNodes.unit(3, 2, 2), 0);
        assertEquals(TrackStats.EMPTY, TrackStats.of(new double[] {Double.NaN}));
        Harness h = new Harness();
        assertEquals(0.5, h.at(Signal.constant(4).getNormalise().global(), 1, DT), 0);
    }

    @Test
    void robustNormalisationOfARealisticEnvelopeSpansZeroToOne() {
        // 30 s onset-like envelope at 100 Hz: decaying hits on every beat with varying strength, plus noise
        java.util.Random rnd = new java.util.Random(1);
        double[] env = new double[3000];
        for (int i = 0; i < env.length; i++) {
            double t = i / 100.0;
            double sinceBeat = t % 0.5;
            double strength = 0.4 + 0.6 * Math.abs(Math.sin(Math.floor(t / 0.5) * 1.7));
            env[i] = strength * Math.exp(-sinceBeat / 0.08) + 0.05 * rnd.nextDouble();
        }
        Harness h = new Harness().mix("onset", 100, env);
        h.ctx.setTrackDuration(30);
        Signal s = Harness.mixIn("onset").getSmooth().exponential(0.05, 0.3).getNormalise().robust();
        double lo = 1;
        double hi = 0;
        for (double v : h.run(s, 0, DT, 1800)) {
            assertTrue(v >= 0 && v <= 1, "value " + v);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        assertTrue(lo <= 0.05 && hi >= 0.95, lo + " .. " + hi);
    }

    @Test
    void item82_thresholdGate() {
        Harness h = new Harness();
        assertEquals(1, h.at(Signal.constant(0.5).getGate().threshold(0.5), 0, DT), 0);
        assertEquals(0, h.at(Signal.constant(0.49).getGate().threshold(0.5), 0, DT), 0);
    }

    @Test
    void item83_hysteresisGate() {
        Harness h = steps(0.5, 0.7, 0.5, 0.35, 0.29, 0.5, 0.61);
        double[] out = h.run(Harness.mixIn("x").interpolate().getGate().hysteresis(0.6, 0.3), 0, DT, 7);
        double[] expected = {0, 1, 1, 1, 0, 0, 1};
        for (int k = 0; k < 7; k++) {
            assertEquals(expected[k], out[k], 0, "frame " + k);
        }
        h.at(Signal.constant(1).getGate().hysteresis(0.2, 0.4), 1, DT);
        assertEquals(List.of("gate.hysteresis(0.2, 0.4): the 'on' threshold is below the 'off' one"), h.warnings);
    }
}
