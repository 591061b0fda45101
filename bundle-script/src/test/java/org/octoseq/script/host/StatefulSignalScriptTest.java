package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.time.BeatGrid;

/**
 * Spec §9.6–§9.7 through real scripts: smoothing, normalisation, gates, rate, accumulation, time shift,
 * {@code sample_at}, and state that belongs to a chain's structure rather than to one object.
 */
class StatefulSignalScriptTest {

    private static final double DT = 1 / 60.0;
    private static final double[] EXP_GOLDEN = {0, 0.2834687, 0.4865829, 0.6321206, 0.5913532, 0.5532150};

    @TempDir
    Path dir;

    private static double[] fill(int n, java.util.function.IntToDoubleFunction f) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return v;
    }

    @Test
    void items72to75_exponentialSmoothingAlsoWhenTheChainIsBuiltInsideUpdate() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).mix("x", 60, 0, 1, 1, 1, 0, 0).mix("z", 60, 0, 1, 0.3, 0.9)) {
            h.load("""
                    var top = inputs.mix.x.interpolate().smooth.exponential(0.1, 0.5);
                    var instant = inputs.mix.z.interpolate().smooth.exponential(0, 0);
                    function update(dt, frame) {
                      probe('top', top);
                      probe('inside', inputs.mix.x.interpolate().smooth.exponential(0.1, 0.5));
                      probe('instant', instant);
                    }
                    """);
            for (int k = 0; k < 6; k++) {
                Map<String, Double> f = h.frame(k * DT, DT);
                assertEquals(EXP_GOLDEN[k], f.get("top"), 1e-5, "item 72, frame " + k);
                assertEquals(EXP_GOLDEN[k], f.get("inside"), 1e-5, "item 75, frame " + k);
                if (k >= 1 && k <= 3) {
                    assertEquals(new double[] {0, 1, 0.3, 0.9}[k], f.get("instant"), 1e-6, "item 74, frame " + k);
                }
            }
        }
    }

    @Test
    void item73_exponentialSmoothingUsesTheGridTempo() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).mix("x", 60, 0, 1, 1).grid(BeatGrid.constant(60, 0))) {
            h.loadProbing("var S = {s: inputs.mix.x.interpolate().smooth.exponential(0.1, 0.1)};");
            assertEquals(0.1535183, h.run("s", 0, DT, 2)[1], 1e-6);
        }
    }

    @Test
    void items76to83_movingAverageGaussianNormalisationAndGates() throws Exception {
        double[] peak = fill(1000, i -> Math.max(0, 1 - Math.abs(i / 100.0 - 5) * 4));
        try (ScriptHarness h = new ScriptHarness(dir).mix("m", 8, 1, 3, 5, 7, 9).mix("ramp", 100, fill(1000, k -> k / 100.0))
                .customSignal("c", 100, peak).mix("g", 60, 0.5, 0.7, 0.5, 0.35, 0.29, 0.5, 0.61)) {
            h.loadProbing("""
                    var c = function (v) { return gen.constant(v); };
                    var scaled = inputs.mix.ramp.scale(10);
                    var S = {avg: inputs.mix.m.interpolate().smooth.moving_average(0.5),
                             flat: c(0.7).smooth.gaussian(0.25),
                             blur: inputs.customSignals['c'].interpolate().scale(2).smooth.gaussian(0.1),
                             range1: c(2.5).normalise.to_range(0, 10), range2: c(15).normalise.to_range(0, 10),
                             range3: c(-1).normalise.to_range(0, 10), rangeFlat: c(7).normalise.to_range(1, 1),
                             global: scaled.normalise.global(), robust: scaled.normalise.robust(),
                             constantGlobal: c(4).normalise.global(),
                             gateAt: c(0.5).gate.threshold(0.5), gateBelow: c(0.49).gate.threshold(0.5),
                             hyst: inputs.mix.g.interpolate().gate.hysteresis(0.6, 0.3)};
                    """);
            // item 76 (capacity 2 at dt 0.125) and item 77 (dt halves: capacity 4, history cleared)
            assertEquals(1, h.frame(0, 0.125).get("avg"), 1e-9);
            assertEquals(2, h.frame(0.125, 0.125).get("avg"), 1e-9);
            assertEquals(5, h.frame(0.25, 0.0625).get("avg"), 1e-9);
            assertEquals(6, h.frame(0.375, 0.0625).get("avg"), 1e-9);
            // item 78
            assertEquals(0.7, h.frame(3.3, DT).get("flat"), 1e-9);
            double left = h.frame(4.9, DT).get("blur");
            double right = h.frame(5.1, DT).get("blur");
            double centre = h.frame(5.0, DT).get("blur");
            assertEquals(left, right, 1e-9);
            assertTrue(centre > left && centre < 2, centre + " vs " + left);
            // items 79, 80, 81, 82
            Map<String, Double> f = h.frame(5.003, DT);
            assertEquals(0.25, f.get("range1"), 1e-9);
            assertEquals(1, f.get("range2"), 1e-9);
            assertEquals(0, f.get("range3"), 1e-9);
            assertEquals(0.5, f.get("rangeFlat"), 1e-9);
            assertEquals(0.5005, f.get("global"), 2e-3);
            assertEquals(0.5, f.get("robust"), 2e-3);
            assertEquals(0.5, f.get("constantGlobal"), 0);
            assertEquals(1, f.get("gateAt"), 0);
            assertEquals(0, f.get("gateBelow"), 0);
            assertTrue(h.diagnostics().stream().noneMatch(m -> m.contains("passing values through")), h.diagnostics().toString());
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("83")).mix("g", 60, 0.5, 0.7, 0.5, 0.35, 0.29, 0.5, 0.61)) {
            h.loadProbing("var S = {hyst: inputs.mix.g.interpolate().gate.hysteresis(0.6, 0.3)};");
            double[] out = h.run("hyst", 0, DT, 7);
            double[] expected = {0, 1, 1, 1, 0, 0, 1};
            for (int k = 0; k < 7; k++) {
                assertEquals(expected[k], out[k], 0, "item 83, frame " + k);
            }
        }
    }

    @Test
    void items84to88_rateAccumulationAndTimeShift() throws Exception {
        double[] sine = fill(1000, i -> Math.sin(i / 37.0));
        try (ScriptHarness h = new ScriptHarness(dir).mix("ramp", 100, fill(1000, i -> 2 * i / 100.0)).mix("x", 100, sine)
                .mix("sq", 8, fill(80, i -> i * i))) {
            h.loadProbing("""
                    var one = gen.constant(1), time = timing.time;
                    var S = {diff: inputs.mix.ramp.interpolate().diff(), plain: one.integrate(0), decaying: one.integrate(1),
                             noArg: one.integrate(), sq: inputs.mix.sq.interpolate(),
                             delayed: inputs.mix.sq.interpolate().delay(1), zeroDelay: inputs.mix.sq.interpolate().delay(0),
                             dynamic: time.delay(time.mul(0.1).add(0.5)),
                             ahead: inputs.mix.x.interpolate().scale(2).anticipate(0.5), x: inputs.mix.x.interpolate(),
                             sawAhead: gen.saw(1, 0).anticipate(0.5), saw: gen.saw(1, 0)};
                    """);
            double[] diff = h.run("diff", 1.0, DT, 10);
            assertEquals(0, diff[0], 0, "item 84 first frame");
            for (int k = 1; k < 10; k++) {
                assertEquals(2, diff[k], 1e-3, "item 84 frame " + k);
            }
            assertEquals(0, h.frame(2.0, 0).get("diff"), 0, "item 84 dt = 0");
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("b")).mix("sq", 8, fill(80, i -> i * i)).mix("x", 100, sine)) {
            h.loadProbing("""
                    var one = gen.constant(1), time = timing.time;
                    var S = {plain: one.integrate(0), decaying: one.integrate(1), noArg: one.integrate()};
                    """);
            double[] plain = new double[100];
            double[] decaying = new double[100];
            for (int k = 0; k < 100; k++) {
                Map<String, Double> f = h.frame(k * 0.01, 0.01);
                plain[k] = f.get("plain");
                decaying[k] = f.get("decaying");
                assertEquals(plain[k], f.get("noArg"), 0);
            }
            assertEquals(0.01, plain[0], 1e-12, "item 85");
            assertEquals(1.0, plain[99], 1e-9, "item 85");
            assertEquals(0.4366701, decaying[99], 1e-6, "item 85");
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("c")).mix("sq", 8, fill(80, i -> i * i)).mix("x", 100, sine)) {
            h.loadProbing("""
                    var time = timing.time, sq = inputs.mix.sq.interpolate();
                    var S = {sq: sq, delayed: sq.delay(1), zeroDelay: sq.delay(0), dynamic: time.delay(time.mul(0.1).add(0.5)),
                             ahead: inputs.mix.x.interpolate().scale(2).anticipate(0.5), x: inputs.mix.x.interpolate(),
                             sawAhead: gen.saw(1, 0).anticipate(0.5), saw: gen.saw(1, 0)};
                    """);
            double[] in = new double[20];
            for (int k = 0; k < 20; k++) {
                Map<String, Double> f = h.frame(k * 0.125, 0.125);
                in[k] = f.get("sq");
                assertEquals(k >= 4 ? in[k - 4] : in[k], f.get("delayed"), 1e-9, "item 86 frame " + k);
                assertEquals(in[k], f.get("zeroDelay"), 0, "item 86 delay(0)");
            }
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("d")).mix("x", 100, sine)) {
            h.loadProbing("""
                    var time = timing.time;
                    var S = {dynamic: time.delay(time.mul(0.1).add(0.5)), x: inputs.mix.x.interpolate(),
                             ahead: inputs.mix.x.interpolate().scale(2).anticipate(0.5),
                             sawAhead: gen.saw(1, 0).anticipate(0.5), saw: gen.saw(1, 0)};
                    """);
            for (int k = 0; k < 300; k++) {
                double t = k * DT;
                Map<String, Double> f = h.frame(t, DT);
                if (k >= 120) {
                    assertEquals(t - (0.1 * t + 0.5) * 0.5, f.get("dynamic"), 1e-9, "item 87 frame " + k);
                }
            }
            for (double t : new double[] {1.0, 2.345, 7.5}) {
                double future = 2 * ScriptHarness.buffer(100, sine).sample(t + 0.25);
                assertEquals(future, h.frame(t, DT).get("ahead"), 1e-3, "item 88 at " + t);
            }
            for (double t : new double[] {0.1, 1.03, 4.2}) {
                double later = h.frame(t + 0.25, DT).get("saw");
                assertEquals(later, h.frame(t, DT).get("sawAhead"), 1e-4, "item 88 saw at " + t);
            }
        }
    }

    @Test
    void items89to91_sampleAtInInitAndStateThatAdvancesOncePerEvaluatedFrame() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).mix("y", 100, fill(1000, i -> i % 7))) {
            h.load("""
                    var atTop = inputs.mix.y.scale(2).sample_at(5.0);
                    var integral = gen.constant(1).integrate(0), late = gen.constant(1).add(0).integrate(0);
                    var frames = 0;
                    function init(ctx) {
                      log.info('init ' + inputs.mix.y.scale(2).sample_at(5.0) + ' top ' + atTop
                               + ' stateful ' + gen.constant(1).integrate(0).sample_at(5.0).toFixed(4));
                    }
                    function update(dt, frame) {
                      probe('a', integral);
                      probe('b', integral);
                      if (frames >= 10) probe('late', late);
                      frames++;
                    }
                    """);
            assertTrue(h.logs().contains("init 6 top 6 stateful 5.0100"), h.logs().toString()); // y(5.0) = 500 % 7 = 3
            for (int k = 1; k <= 12; k++) {
                Map<String, Double> f = h.frame(k * DT, DT);
                assertEquals(k * DT, f.get("a"), 1e-12, "item 90");
                assertEquals(k * DT, f.get("b"), 1e-12, "item 90");
                if (k == 11) {
                    assertEquals(DT, f.get("late"), 1e-12, "item 91: first evaluated on frame 10");
                }
            }
        }
    }

    /** Every stateful operator in one chain, as script source. */
    private static final String CHAIN = "inputs.mix.x.interpolate().smooth.exponential(0.1, 0.5)"
            + ".add(inputs.mix.x.interpolate().smooth.moving_average(0.5))"
            + ".add(inputs.mix.x.interpolate().delay(0.75).gate.hysteresis(0.6, 0.3))"
            + ".add(inputs.mix.x.interpolate().diff().mul(0.01))"
            + ".add(inputs.mix.x.interpolate().integrate(2))"
            + ".add(gen.noise('pink', 9))"
            + ".normalise.robust().map(0, 1, -1, 1)";

    @Test
    void aChainRebuiltInsideUpdateGivesTheSameValuesAsTheSameChainBuiltAtTopLevelOver600Frames() throws Exception {
        double[] data = fill(1000, i -> 0.5 + 0.5 * Math.sin(i / 13.0) * Math.sin(i / 71.0));
        double[] top;
        double[] inside;
        try (ScriptHarness h = new ScriptHarness(dir.resolve("top")).mix("x", 100, data)) {
            h.load("var chain = " + CHAIN + ";\nfunction update(dt, frame) { probe('v', chain); }\n");
            top = h.run("v", 0, DT, 600);
        }
        try (ScriptHarness h = new ScriptHarness(dir.resolve("inside")).mix("x", 100, data)) {
            h.load("function update(dt, frame) { probe('v', " + CHAIN + "); }\n");
            inside = h.run("v", 0, DT, 600);
        }
        double spread = 0;
        for (int k = 0; k < 600; k++) {
            assertEquals(top[k], inside[k], 0, "frame " + k);
            spread = Math.max(spread, Math.abs(top[k] - top[0]));
        }
        assertTrue(spread > 0.5, "the chain should move: " + spread);
    }
}
