package org.octoseq.api.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Spec §9.7 plus structural state (§3.1 PROPOSED). */
class RateTimeShiftStateTest {

    private static final double DT = 1 / 60.0;
    private final Generators gen = new Generators();

    @Test
    void item84_diff() {
        Harness h = new Harness().mix("ramp", 100, Harness.fill(1000, i -> 2 * i / 100.0));
        Signal d = Harness.mixIn("ramp").interpolate().diff();
        double[] out = h.run(d, 1.0, DT, 10);
        assertEquals(0, out[0], 0);
        for (int k = 1; k < 10; k++) {
            assertEquals(2, out[k], 1e-3);
        }
        assertEquals(0, h.at(d, 2.0, 0), 0);
    }

    @Test
    void item85_integrate() {
        Harness h = new Harness();
        double[] plain = h.run(Signal.constant(1).integrate(0), 0, 0.01, 100);
        assertEquals(0.01, plain[0], 1e-12);
        assertEquals(1.0, plain[99], 1e-9);
        Harness h2 = new Harness();
        double[] decaying = h2.run(Signal.constant(1).integrate(1), 0, 0.01, 100);
        assertEquals(0.4366701, decaying[99], 1e-6);
        assertEquals(decaying[99], h2.at(Signal.constant(1).integrate(1), 1.0, 0), 1e-12); // dt = 0 holds
    }

    @Test
    void item86_delayByFrames() {
        Harness h = new Harness().mix("x", 8, Harness.fill(80, i -> i * i));
        Signal x = Harness.mixIn("x").interpolate();
        double[] in = h.run(x, 0, 0.125, 20);
        Harness h2 = new Harness().mix("x", 8, Harness.fill(80, i -> i * i));
        double[] out = h2.run(x.delay(1), 0, 0.125, 20);
        for (int k = 0; k < 20; k++) {
            assertEquals(k >= 4 ? in[k - 4] : in[k], out[k], 1e-9, "frame " + k);
        }
        Harness h3 = new Harness().mix("x", 8, Harness.fill(80, i -> i * i));
        double[] pass = h3.run(x.delay(0), 0, 0.125, 20);
        for (int k = 0; k < 20; k++) {
            assertEquals(in[k], pass[k], 0);
        }
    }

    @Test
    void item87_dynamicDelayKeepsItsHistory() {
        Harness h = new Harness();
        Signal time = Signal.timing("time");
        Signal beats = time.mul(0.1).add(0.5); // changes every frame
        double[] out = h.run(time.delay(beats), 0, DT, 300);
        for (int k = 120; k < 300; k++) {
            double t = k * DT;
            double expected = t - (0.1 * t + 0.5) * 0.5;
            assertEquals(expected, out[k], 1e-9, "frame " + k);
        }
    }

    @Test
    void item88_anticipateSeesTheTransformedSignal() {
        double[] x = Harness.fill(1000, i -> Math.sin(i / 37.0));
        Harness h = new Harness().mix("x", 100, x);
        Signal in = Harness.mixIn("x").interpolate();
        Signal ahead = in.scale(2).anticipate(0.5);
        for (double t : new double[] {1.0, 2.345, 7.5}) {
            double future = 2 * new SampledSignal(100, toFloat(x)).sample(t + 0.25);
            assertEquals(future, h.at(ahead, t, DT), 1e-3);
        }
        Signal saw = gen.saw(1, 0);
        for (double t : new double[] {0.1, 1.03, 4.2}) {
            assertEquals(h.at(saw, t + 0.25, DT), h.at(saw.anticipate(0.5), t, DT), 1e-4);
        }
    }

    private static float[] toFloat(double[] d) {
        float[] f = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            f[i] = (float) d[i];
        }
        return f;
    }

    @Test
    void item89_sampleAtWorksInInit() {
        Harness h = new Harness().mix("x", 100, Harness.fill(1000, i -> i % 7));
        h.frame(0, 0); // "init": the context is bound at time 0
        double v = h.ctx.callWith(() -> Harness.mixIn("x").scale(2).sample_at(5.005));
        assertEquals(2 * new SampledSignal(100, toFloat(Harness.fill(1000, i -> i % 7))).sample(5.005), v, 1e-9);
        assertTrue(v > 0);
        // a stateful chain is read from its whole-track series
        double integral = h.ctx.callWith(() -> Signal.constant(1).integrate(0).sample_at(5.0));
        assertEquals(5.01, integral, 1e-6);
    }

    @Test
    void item90_statefulNodeBoundTwiceAdvancesOncePerFrame() {
        Harness h = new Harness();
        Signal integral = Signal.constant(1).integrate(0);
        for (int k = 1; k <= 10; k++) {
            h.frame(k * DT, DT);
            double first = integral.evaluate(h.ctx);
            double second = integral.evaluate(h.ctx);
            assertEquals(k * DT, first, 1e-12);
            assertEquals(first, second, 0);
        }
    }

    @Test
    void item91_stateAdvancesOnlyWhenEvaluated() {
        Harness h = new Harness();
        for (int k = 0; k < 10; k++) {
            h.frame(k * DT, DT);
        }
        assertEquals(DT, h.at(Signal.constant(1).integrate(0), 10 * DT, DT), 1e-12);
    }

    /** Every stateful operator in one chain. */
    private static Signal chain(Generators gen) {
        Signal x = Harness.mixIn("x").interpolate();
        return x.getSmooth().exponential(0.1, 0.5)
                .add(x.getSmooth().moving_average(0.5))
                .add(x.delay(0.75).getGate().hysteresis(0.6, 0.3))
                .add(x.diff().mul(0.01))
                .add(x.integrate(2))
                .add(gen.noise("pink", 9));
    }

    @Test
    void aChainRebuiltEveryFrameMatchesTheSameChainBuiltOnceOver600Frames() {
        double[] data = Harness.fill(1000, i -> 0.5 + 0.5 * Math.sin(i / 13.0) * Math.sin(i / 71.0));
        Harness once = new Harness().mix("x", 100, data);
        Harness rebuilt = new Harness().mix("x", 100, data);
        Signal built = chain(gen);
        for (int k = 0; k < 600; k++) {
            double t = k * DT;
            assertEquals(once.at(built, t, DT), rebuilt.at(chain(gen), t, DT), 0, "frame " + k);
        }
    }

    @Test
    void stateOfNodesNoLongerEvaluatedIsDropped() {
        Harness h = new Harness();
        for (int k = 0; k < 3000; k++) {
            // a new structure every frame: the key contains k
            h.at(Signal.constant(k).getSmooth().exponential(0.1, 0.1), k * DT, DT);
        }
        int size = h.ctx.stateSize();
        assertTrue(size <= 2 * (EvalContext.STATE_TTL_FRAMES + 64) + 8, "state entries: " + size);
    }

    @Test
    void droppedStateRestartsFromScratch() {
        Harness h = new Harness();
        Signal integral = Signal.constant(1).integrate(0);
        h.at(integral, 0, 1);
        for (int k = 1; k < EvalContext.STATE_TTL_FRAMES + 200; k++) {
            h.frame(k, 1);
        }
        assertEquals(1, h.at(integral, 1000, 1), 0);
    }

    @Test
    void probesReportNameTimeAndValue() {
        Harness h = new Harness();
        List<String> seen = new ArrayList<>();
        h.ctx.setProbeListener((name, t, v) -> seen.add(name + "@" + t + "=" + v));
        Signal p = Signal.constant(2).probe("two").add(1);
        assertEquals(3, h.at(p, 0.5, DT), 0);
        assertEquals(List.of("two@0.5=2.0"), seen);
        Supplier<Signal> es = () -> EventStream.of(List.of(Event.at(0.5, 0.25))).probe("ev");
        assertEquals(0.25, h.at(es.get(), 0.5, DT), 0);
        assertEquals("ev@0.5=0.25", seen.get(1));
    }
}
