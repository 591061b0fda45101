package org.octoseq.script.host;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mozilla.javascript.engine.RhinoScriptEngineFactory;
import org.octoseq.api.time.Transport;
import org.octoseq.script.engine.JavaScriptEngines;

/**
 * Measurements for docs/benchmarks.md ("## Script host"), not assertions on speed. Run by hand:
 * {@code mvn -B -o -q -pl bundle-script -am test -Dtest=ScriptHostBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench=true}. (The 500-reload leak check runs in a real framework: ScriptHostIT.)
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScriptHostBench {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    /** About 300 lines: 30 helper functions and an update that calls them. */
    static String script300(int variant) {
        StringBuilder s = new StringBuilder("var acc = 0; // variant " + variant + "\n");
        for (int f = 0; f < 30; f++) {
            s.append("function helper").append(f).append("(x, y) {\n");
            for (int l = 0; l < 7; l++) {
                s.append("  var v").append(l).append(" = x * ").append(l + 1).append(" + y / ").append(f + 2).append(";\n");
            }
            s.append("  return v0 + v6;\n}\n");
        }
        s.append("function update(dt, frame) {\n  for (var i = 0; i < 30; i++) { acc += helper").append(variant % 30)
                .append("(i, dt); }\n}\n");
        return s.toString();
    }

    @Test
    void reloadLatencyOfA300LineScript() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(script300(0), SessionSettings.live());
        List<Double> ms = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            int before = s.version();
            long t0 = System.nanoTime();
            fx.save(script300(i));
            while (s.version() == before) {
                fx.frame(s);
                Thread.sleep(0, 200_000);
            }
            if (i > 10) { // after warm-up
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        System.err.println("BENCH reload (file write -> new version running), 300-line script, 50 reloads: "
                + percentiles(ms));
        s.close();
    }

    @Test
    void perFrameOverheadOfEmptyUpdateAndDraw() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("function update(dt, frame) {}\nfunction draw(g) {}\n", SessionSettings.headless());
        Object graphics = new Object();
        System.err.println("BENCH empty update+draw, per frame (host overhead incl. frame map, budget arm/cancel): "
                + perCall(i -> s.frame(new Transport(i / 60.0, 1 / 60.0, i), graphics), 200_000));
    }

    @Test
    void guardOverheadOnALoopHeavyScript() throws Exception {
        String loop = "var acc = 0;\nfunction update(dt, frame) {\n  for (var i = 0; i < 10000; i++) { acc += i % 7; }\n}\n";
        // a budget the cold, interpreted first frames of the loop cannot run over on a loaded machine
        SessionSettings roomy = new SessionSettings(1000, 2000, 100, false);
        fx = new SessionFixture(dir);
        JsScriptSession guarded = fx.open(loop, roomy);
        // the same loop built with new Function, which the injector does not see: no guard at all
        Path plainFile = dir.resolve("plain.js");
        java.nio.file.Files.writeString(plainFile, "var acc = 0;\nvar f = new Function('dt', 'frame',"
                + " 'for (var i = 0; i < 10000; i++) { acc += i % 7; }');\nfunction update(dt, frame) { f(dt, frame); }\n");
        JsScriptSession plain = new JsScriptSession(plainFile, new JavaScriptEngines(), fx.registry::current,
                new java.io.PrintStream(fx.console), fx.watchdog, roomy, () -> { });
        String[] both = interleaved(i -> guarded.frame(new Transport(i / 60.0, 1 / 60.0, i), null),
                i -> plain.frame(new Transport(i / 60.0, 1 / 60.0, i), null), 2_000);
        System.err.println("BENCH loop of 10 000 iterations per update: guarded " + both[0] + "; unguarded " + both[1]);
    }

    /**
     * How {@code update} is called: {@code Invocable.getInterface} (what the host does) against
     * {@code invokeFunction} (a name lookup and argument array per call), on the built-in Nashorn and on Rhino.
     */
    @Test
    void getInterfaceAgainstInvokeFunction() throws Exception {
        String source = "var acc = 0;\nfunction update(dt, frame) { acc += dt; }\n";
        Map<String, Object> frame = new LinkedHashMap<>();
        for (ScriptEngine engine : List.of(new JavaScriptEngines().create(), new RhinoScriptEngineFactory().getScriptEngine())) {
            engine.eval(source);
            Invocable invocable = (Invocable) engine;
            ScriptFunctions.Update update = invocable.getInterface(ScriptFunctions.Update.class);
            Frame viaInterface = i -> update.update(1 / 60.0, frame);
            Frame viaName = i -> {
                try {
                    invocable.invokeFunction("update", 1 / 60.0, frame);
                } catch (ScriptException | NoSuchMethodException e) {
                    throw new IllegalStateException(e);
                }
            };
            String[] both = interleaved(viaInterface, viaName, 100_000);
            System.err.println("BENCH update call on " + engine.getFactory().getEngineName() + ": getInterface "
                    + both[0] + "; invokeFunction " + both[1]);
        }
    }

    private interface Frame {
        void run(long i);
    }

    /** Median ns per call over 8 rounds of {@code n} calls, the first 3 rounds warm-up. */
    private static String perCall(Frame frame, int n) {
        List<Double> rounds = new ArrayList<>();
        long i = 0;
        for (int r = 0; r < 8; r++) {
            long t0 = System.nanoTime();
            for (int k = 0; k < n; k++) {
                frame.run(i++);
            }
            if (r >= 3) {
                rounds.add((System.nanoTime() - t0) / (double) n);
            }
        }
        double[] v = rounds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.0f ns/frame (rounds %s)", v[v.length / 2], Arrays.toString(
                Arrays.stream(v).mapToLong(Math::round).toArray()));
    }

    /**
     * Two ways of doing the same thing, measured in alternating rounds of {@code n} calls (so load on a shared
     * machine hits both alike): 12 rounds each after 4 warm-up rounds each; median and minimum ns per call.
     */
    private static String[] interleaved(Frame a, Frame b, int n) {
        List<List<Double>> rounds = List.of(new ArrayList<>(), new ArrayList<>());
        Frame[] both = {a, b};
        long i = 0;
        for (int r = 0; r < 16; r++) {
            for (int k = 0; k < 2; k++) {
                long t0 = System.nanoTime();
                for (int c = 0; c < n; c++) {
                    both[k].run(i++);
                }
                if (r >= 4) {
                    rounds.get(k).add((System.nanoTime() - t0) / (double) n);
                }
            }
        }
        String[] out = new String[2];
        for (int k = 0; k < 2; k++) {
            double[] v = rounds.get(k).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            out[k] = String.format(Locale.ROOT, "median %.0f ns (min %.0f)", v[v.length / 2], v[0]);
        }
        return out;
    }

    private static String percentiles(List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, min %.1f, max %.1f (n=%d)", v[v.length / 2],
                v[(int) Math.ceil(v.length * 0.95) - 1], v[0], v[v.length - 1], v.length);
    }
}
