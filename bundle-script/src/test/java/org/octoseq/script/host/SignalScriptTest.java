package org.octoseq.script.host;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;

/**
 * Spec §9.3–§9.5 through real scripts: sampling, generators, arithmetic / math / logic, and a Signal's refusal to
 * become a number. Item numbers refer to the checklist.
 */
class SignalScriptTest {

    private static final double EPS = 1e-4;
    private static final double DT = 1 / 60.0;

    @TempDir
    Path dir;

    /** Logs {@code name: <is a TypeError> <message>} for what {@code f} throws. */
    private static final String ATTEMPT = """
            function attempt(name, f) {
              try { f(); log.info(name + ': no error'); }
              catch (e) { log.info(name + ': ' + (e instanceof TypeError) + ' ' + e.message); }
            }
            """;

    private static double[] impulse() {
        double[] v = new double[1000];
        v[50] = 1;
        return v;
    }

    @Test
    void items41to46_inputSampling() throws Exception {
        double[] neg = new double[1000];
        java.util.Arrays.fill(neg, -0.8);
        try (ScriptHarness h = new ScriptHarness(dir).mix("x", 2, 0, 1, 2, 3).mix("imp", 100, impulse())
                .mix("neg", 100, neg).stem("drums", "energy", 100, impulse()).customSignal("c", 100, impulse())) {
            h.loadProbing("""
                    var imp = inputs.mix.imp, drums = inputs.stems['drums'].energy, c = inputs.customSignals['c'];
                    var S = {i41: inputs.mix.x.interpolate(), peak42: imp, interp42: imp.interpolate(),
                             sec43: imp.peak_window_sec(0.2), beats44: imp.peak_window(0.4), neg45: inputs.mix.neg,
                             stemPeak46: drums, stemInterp46: drums.interpolate(), stemWin46: drums.peak_window_sec(0.2),
                             customPeak46: c, customInterp46: c.interpolate(), customWin46: c.peak_window(0.4)};
                    """);
            h.expect(0.25, DT, Map.of("i41", 0.5), EPS);
            h.expect(1.6, DT, Map.of("i41", 3.0), EPS);
            h.expect(2.0, DT, Map.of("i41", 0.0), EPS);
            h.expect(-0.1, DT, Map.of("i41", 0.0), EPS);
            h.expect(0.515, DT, Map.of("peak42", 1.0, "interp42", 0.0, "stemPeak46", 1.0, "stemInterp46", 0.0,
                    "customPeak46", 1.0, "customInterp46", 0.0), EPS);
            h.expect(0.695, DT, Map.of("sec43", 1.0, "beats44", 1.0, "stemWin46", 1.0, "customWin46", 1.0), EPS);
            h.expect(0.715, DT, Map.of("sec43", 0.0, "beats44", 0.0), EPS);
            h.expect(1.003, 0.05, Map.of("neg45", -0.8), 1e-6);
        }
    }

    @Test
    void items47to53_generators() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir)) {
            h.loadProbing("""
                    var S = {sin: gen.sin(1, 0), sinPhase: gen.sin(1, 0.25), square: gen.square(1, 0, 0.5),
                             tri: gen.triangle(1, 0), saw: gen.saw(1, 0), white42: gen.noise('white', 42),
                             white0: gen.noise('white', 0), any7: gen.noise('anything', 7), perlin: gen.perlin(1, 42),
                             constant: gen.constant(3), sin2: gen.sin(2), sin2p: gen.sin(2, 0), square1: gen.square(1),
                             whiteDefault: gen.noise('white'), white0b: gen.noise('white', 0), pink: gen.noise('pink', 3)};
                    """);
            h.expect(0, DT, Map.of("sin", 0.0, "sinPhase", 1.0, "tri", -1.0, "white0", -1.0, "constant", 3.0), EPS);
            h.expect(0.125, DT, Map.of("sin", 1.0, "square", 1.0, "tri", 0.0, "saw", -0.5, "constant", 3.0), EPS);
            h.expect(0.25, DT, Map.of("tri", 1.0, "perlin", 0.5), EPS);
            h.expect(0.375, DT, Map.of("square", -1.0), EPS);
            h.expect(0.5, DT, Map.of("any7", 0.2506450, "perlin", 0.0), 1e-6);
            h.expect(0.625, DT, Map.of("perlin", -0.328125), EPS);
            for (int repeat = 0; repeat < 2; repeat++) {
                h.expect(1.0, DT, Map.of("white42", 0.9047256), 1e-6);
            }
            for (double t : new double[] {0.1, 0.3, 0.77}) {
                Map<String, Double> f = h.frame(t, DT);
                assertEquals(f.get("sin2p"), f.get("sin2"), 0, "item 53 sin");
                assertEquals(f.get("white0b"), f.get("whiteDefault"), 0, "item 53 noise");
                assertEquals(f.get("square"), f.get("square1"), 0, "item 53 square");
                assertTrue(Math.abs(f.get("pink")) < 1, "pink " + f.get("pink"));
            }
        }
    }

    @Test
    void item54_generatorsFollowTheGrid() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir).grid(BeatGrid.of(List.of(new TempoSegment(0, 10, 120, 0.5))))) {
            h.loadProbing("var S = {saw: gen.saw(1, 0)};");
            h.expect(0.5, DT, Map.of("saw", -1.0), EPS);
            h.expect(0.625, DT, Map.of("saw", -0.5), EPS);
        }
    }

    @Test
    void items55to70_arithmeticMathAndLogic() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir)) {
            h.loadProbing("""
                    var a = gen.constant(2), b = gen.constant(6);
                    function c(v) { return gen.constant(v); }
                    var S = {add: a.add(b), add1: a.add(1), sub: a.sub(b), sub1: a.sub(1), div: a.div(b), div4: a.div(4),
                      scale: a.scale(b), scale3: a.scale(3), offset: a.offset(b), neg: a.neg(), pow: a.pow(3),
                      mix: a.mix(b, 0.25), lerp: a.lerp(b, 0.25), mul: a.mul(b),
                      mul3: a.mul(3), and1: a.and(1), or1: c(0).or(1), mixNum: a.mix(6), lerpNum: a.lerp(6, 0.25),
                      whenNum: signal.select().when(1, 5).otherwise(7), otherwiseNum: Signal.select().when(0, 5).otherwise(7),
                      div0: a.div(0), divTiny: a.div(1e-11), powNaN: c(-8).pow(1 / 3),
                      clampHi: c(1.5).clamp(0, 1), clampLo: c(-0.5).clamp(0, 1), clampSig: c(1.5).clamp(c(0), c(0.25)),
                      clampInverted: c(0.5).clamp(1, 0),
                      roundNeg: c(-2.5).round(), roundPos: c(2.5).round(), roundNeg24: c(-2.4).round(), sign0: c(0).sign(),
                      signNeg: c(-3).sign(), signPos: c(4).sign(), floor: c(-2.5).floor(), ceil: c(-2.5).ceil(), abs: c(-2.5).abs(),
                      sig10: c(0.6).sigmoid(10), sigHalf: c(0.5).sigmoid(10), sig0: c(0.2).sigmoid(0),
                      asin: c(2).asin(), acos: c(-3).acos(), sqrt: c(-4).sqrt(), ln: c(0).ln(), log2: c(8).log(2),
                      log1: c(8).log(1), exp: c(1).exp(), atan2: c(1).atan2(c(-1)), sin: c(0.3).sin(), cos: c(0.3).cos(),
                      tan: c(0.3).tan(), atan: c(0.3).atan(),
                      modulo: c(-0.25).modulo(1), rem: c(-0.25).rem(1), modulo0: c(-0.25).modulo(0), rem0: c(-0.25).rem(0),
                      wrap: c(-0.25).wrap(0, 1), wrapEmpty: c(17.3).wrap(2, 1), wrap13: c(3.5).wrap(1, 3),
                      fractNeg: c(-0.25).fract(), fract: c(1.75).fract(),
                      map: c(0.25).map(0, 1, -1, 1), mapOut: c(2).map(0, 1, -1, 1), mapFlat: c(0.3).map(1, 1, 5, 9),
                      ss: c(0.35).smoothstep(0.2, 0.8), ssLo: c(0.1).smoothstep(0.2, 0.8), ssHi: c(0.9).smoothstep(0.2, 0.8),
                      ssStepAt: c(0.5).smoothstep(0.5, 0.5), ssStepBelow: c(0.4).smoothstep(0.5, 0.5),
                      eqClose: c(1 + 1e-7).eq(1), eqFar: c(1 + 2e-6).eq(1), neClose: c(1 + 1e-7).ne(1), neFar: c(1 + 2e-6).ne(1),
                      lt: a.lt(b), lt3: a.lt(3), gt: a.gt(b), gt1: a.gt(1), le2: a.le(2), geSig: a.ge(c(2)), ge25: a.ge(2.5),
                      andNeg: c(0.5).and(c(-1)), orNeg: c(0.5).or(c(-1)), not0: c(0).not(), not01: c(0.1).not()};
                    """);
            Map<String, Double> expected = Map.ofEntries(entry("add", 8.0), entry("add1", 3.0), entry("sub", -4.0),
                    entry("sub1", 1.0), entry("div", 1 / 3.0), entry("div4", 0.5), entry("scale", 12.0), entry("scale3", 6.0),
                    entry("offset", 8.0), entry("neg", -2.0), entry("pow", 8.0), entry("mix", 3.0), entry("lerp", 3.0),
                    entry("mul", 12.0), entry("mul3", 6.0), entry("and1", 1.0), entry("or1", 1.0), entry("mixNum", 4.0),
                    entry("lerpNum", 3.0), entry("whenNum", 5.0), entry("otherwiseNum", 7.0), entry("div0", 0.0),
                    entry("divTiny", 0.0), entry("powNaN", Double.NaN), entry("clampHi", 1.0), entry("clampLo", 0.0),
                    entry("clampSig", 0.25), entry("clampInverted", 1.0), entry("roundNeg", -3.0), entry("roundPos", 3.0),
                    entry("roundNeg24", -2.0), entry("sign0", 0.0), entry("signNeg", -1.0), entry("signPos", 1.0),
                    entry("floor", -3.0), entry("ceil", -2.0), entry("abs", 2.5), entry("sig10", 0.7310586),
                    entry("sigHalf", 0.5), entry("sig0", 0.2), entry("asin", 1.5707963), entry("acos", 3.1415927),
                    entry("sqrt", 0.0), entry("ln", -23.0258509), entry("log2", 3.0), entry("log1", 0.0),
                    entry("exp", 2.7182818), entry("atan2", 2.3561945), entry("sin", Math.sin(0.3)),
                    entry("cos", Math.cos(0.3)), entry("tan", Math.tan(0.3)), entry("atan", Math.atan(0.3)),
                    entry("modulo", 0.75), entry("rem", -0.25), entry("modulo0", 0.0), entry("rem0", 0.0),
                    entry("wrap", 0.75), entry("wrapEmpty", 2.0), entry("wrap13", 1.5), entry("fractNeg", 0.75),
                    entry("fract", 0.75), entry("map", -0.5), entry("mapOut", 3.0), entry("mapFlat", 5.0),
                    entry("ss", 0.15625), entry("ssLo", 0.0), entry("ssHi", 1.0), entry("ssStepAt", 1.0),
                    entry("ssStepBelow", 0.0), entry("eqClose", 1.0), entry("eqFar", 0.0), entry("neClose", 0.0),
                    entry("neFar", 1.0), entry("lt", 1.0), entry("lt3", 1.0), entry("gt", 0.0), entry("gt1", 1.0),
                    entry("le2", 1.0), entry("geSig", 1.0), entry("ge25", 0.0), entry("andNeg", 0.0), entry("orNeg", 1.0),
                    entry("not0", 1.0), entry("not01", 0.0));
            h.frame(1.0, DT);
            h.expect(1.0, DT, expected, 1e-6);
        }
    }

    @Test
    void item58_aSignalRefusesToBecomeANumberWithATypeErrorThatSaysWhatToUse() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir)) {
            h.load(ATTEMPT + """
                    attempt('plus', function () { return timing.time + 1; });
                    attempt('times', function () { return timing.time * 2; });
                    attempt('minus', function () { return timing.time - 1; });
                    attempt('divide', function () { return timing.time / 2; });
                    attempt('less', function () { return timing.time < 1; });
                    attempt('sin', function () { return Math.sin(timing.time); });
                    attempt('valueOf', function () { return timing.time.valueOf(); });
                    log.info('string ' + String(timing.time) + ' ' + String(gen.sin(1)) + ' ' + timing.time.toString());
                    log.info('value ' + timing.time.add(1).value());
                    """);
            List<String> logs = h.logs();
            for (String op : List.of("plus", "times", "minus", "divide", "less", "sin", "valueOf")) {
                String line = logs.stream().filter(l -> l.startsWith(op + ": ")).findFirst().orElseThrow(() ->
                        new AssertionError("no log for " + op + ": " + logs));
                assertTrue(line.startsWith(op + ": true "), line);
                assertTrue(line.contains(".value()") && line.contains(".add()") && line.contains("frame.<name>"), line);
            }
            assertTrue(logs.contains("string timing.time gen.sin(1, 0) timing.time"), logs.toString());
            assertTrue(logs.contains("value 1"), logs.toString());
        }
    }

    @Test
    void item71_selectEvaluatesOnlyTheChosenBranch() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir)) {
            h.loadProbing("""
                    var yes = gen.constant(1), no = gen.constant(0);
                    var S = {first: signal.select().when(yes, 10).when(yes, 20).otherwise(30),
                             second: signal.select().when(no, 10).when(yes, 20).otherwise(30),
                             none: signal.select().when(no, 10).when(no, 20).otherwise(30),
                             late: signal.select().when(timing.time.ge(5 / 60 - 1e-9), gen.constant(1).integrate(0)).otherwise(-1)};
                    """);
            double[] late = h.run("late", 0, DT, 6);
            assertEquals(-1, late[4], 0);
            assertEquals(DT, late[5], 1e-12);
            h.expect(1, DT, Map.of("first", 10.0, "second", 20.0, "none", 30.0), 0);
        }
    }

    @Test
    void wrongArgumentsAndUnknownMembersSayWhatIsExpected() throws Exception {
        try (ScriptHarness h = new ScriptHarness(dir)) {
            h.load(ATTEMPT + """
                    attempt('string', function () { return gen.constant(1).add('x'); });
                    attempt('arity', function () { return gen.sin(1, 2, 3); });
                    attempt('gate', function () { return gen.constant(1).gate.threshold(gen.constant(1)); });
                    log.info('typo ' + (gen.constant(1).smoth === undefined));
                    log.info('keys ' + Object.keys(inputs.mix.beatCandidates.get(0) || {}).length);
                    """);
            List<String> logs = h.logs();
            assertTrue(logs.contains("string: true Signal.add: argument 1 must be a number or a Signal, got the string 'x'"),
                    logs.toString());
            assertTrue(logs.contains("arity: true gen.sin takes 1 or 2 arguments, got 3"), logs.toString());
            assertTrue(logs.stream().anyMatch(l -> l.startsWith("gate: true Signal") || l.startsWith("gate: true GateBuilder")
                    && l.contains("a number (not a Signal)")), logs.toString());
            assertTrue(logs.contains("typo true"), logs.toString());
            assertTrue(h.diagnostics().stream().anyMatch(m -> m.contains("no member 'smoth'") && m.contains("'smooth'")),
                    h.diagnostics().toString());
        }
    }
}
