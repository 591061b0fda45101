package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.time.Transport;

/**
 * Measurements for docs/benchmarks.md ("## Script host"), not assertions on speed. Run by hand:
 * {@code mvn -B -o -q -pl bundle-script test -Dtest=ScriptHostBench -Dbench=true}. The leak check (500
 * reloads, heap and metaspace back near the baseline) does assert, with a generous margin.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ScriptHostBench {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
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
        fx = new SessionFixture(dir);
        JsScriptSession guarded = fx.open(loop, SessionSettings.headless());
        String guardedNs = perCall(i -> guarded.frame(new Transport(i / 60.0, 1 / 60.0, i), null), 5_000);
        // the same loop with the guard call written out as a no-op, to compare against no guard at all:
        fx.close();
        fx = new SessionFixture(dir);
        JsScriptSession plain = fx.open("var acc = 0;\nvar f = new Function('dt', 'frame',"
                + " 'for (var i = 0; i < 10000; i++) { acc += i % 7; }');\nfunction update(dt, frame) { f(dt, frame); }\n",
                SessionSettings.headless());
        String plainNs = perCall(i -> plain.frame(new Transport(i / 60.0, 1 / 60.0, i), null), 5_000);
        System.err.println("BENCH loop of 10 000 iterations per update: guarded " + guardedNs
                + "; unguarded (code built with new Function, which the injector cannot see) " + plainNs);
    }

    @Test
    void fiveHundredReloadsDoNotLeak() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(script300(0), SessionSettings.headless());
        for (int i = 1; i <= 60; i++) { // warm-up: fills the engine's class cache
            fx.save(script300(i));
            s.reload();
            fx.frame(s);
        }
        long[] base = memory();
        for (int i = 61; i <= 560; i++) {
            fx.save(script300(i));
            s.reload();
            fx.frame(s);
        }
        long[] after = memory();
        System.err.printf(Locale.ROOT, "BENCH 500 reloads: heap %.1f -> %.1f MB, metaspace %.1f -> %.1f MB%n",
                base[0] / 1e6, after[0] / 1e6, base[1] / 1e6, after[1] / 1e6);
        assertTrue(after[0] < base[0] + 64_000_000L, "heap grew by " + (after[0] - base[0]) / 1e6 + " MB");
        assertTrue(after[1] < base[1] + 32_000_000L, "metaspace grew by " + (after[1] - base[1]) / 1e6 + " MB");
        s.close();
    }

    private static long[] memory() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long meta = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getName().equals("Metaspace"))
                .mapToLong(p -> p.getUsage().getUsed()).sum();
        return new long[] {heap, meta};
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

    private static String percentiles(List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, min %.1f, max %.1f (n=%d)", v[v.length / 2],
                v[(int) Math.ceil(v.length * 0.95) - 1], v[0], v[v.length - 1], v.length);
    }
}
