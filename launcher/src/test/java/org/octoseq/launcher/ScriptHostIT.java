package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

/**
 * The script host as a performer relies on it, in a real framework with the real bundles, each script loaded
 * through the {@code ScriptHost} service (so its file is watched) and driven frame by frame with a real
 * Processing graphics: a running script edited on disk 20 times, a runaway {@code update}, 500 reloads without a
 * leak, and the Gogo commands about running scripts.
 */
class ScriptHostIT {

    private static final long BUDGET_MS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** How long a call may run in wall time, however little CPU time it got: four budgets. */
    private static final long WALL_CAP_MS = 4 * BUDGET_MS;

    @TempDir
    static Path temp;

    private static ShowHost host;

    @BeforeAll
    static void start() throws Exception {
        host = new ShowHost(new Deployment(temp.resolve("home")));
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    /** Valid version {@code v}: counts every update in the shared state, logs it, and paints grey {@code 10 v}. */
    private static String valid(int v) {
        return """
                var state;
                function init(ctx) {
                  state = ctx.state;
                  if (state.calls === undefined) state.calls = 0;
                }
                function update(dt, frame) {
                  state.calls++;
                  log.info('v%d call ' + state.calls);
                }
                function draw(g) {
                  g.background(%d);
                }
                """.formatted(v, 10 * v);
    }

    private record Logged(int version, long calls) {
        static Logged of(String line) { // "v12 call 345"
            String[] parts = line.substring(1).split(" call ");
            return new Logged(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
        }
    }

    /**
     * Acceptance (a): saves in a row — syntax error, runtime error in init, valid — while frames run. Every frame
     * calls update exactly once ({@code ctx.state} counts the calls across versions), an invalid save leaves the
     * previous version running (and its error newest in the diagnostics, on the console with a code excerpt,
     * and kept while the running version logs every frame), and a valid save becomes active and resolves it.
     */
    @Test
    void twentySavesInARowWhileFramesRun() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8)); // the session keeps this console
        LiveScript script;
        try {
            script = new LiveScript(host.scripts, temp.resolve("edits/main.js"), valid(0));
        } finally {
            System.setErr(err);
        }
        try (script) {
            int running = 0;
            List<Double> latencies = new ArrayList<>();
            for (int edit = 1; edit <= 20; edit++) {
                int kind = edit % 3; // 1 syntax error, 2 error in init, 0 valid
                int errorLine = edit + 2;
                String source = switch (kind) {
                    case 1 -> "\n".repeat(edit) + "function update(dt, frame) {\n  var = 1;\n}\n";
                    case 2 -> "function init(ctx) {\n  throw new Error('boom " + edit + "');\n}\nfunction update() {}\n";
                    default -> valid(edit);
                };
                int expected = edit;
                long t0 = System.nanoTime();
                script.save(source);
                double[] seen = {-1};
                int before = running;
                script.framesUntil(() -> {
                    Logged now = Logged.of(script.lastLog("v").orElseThrow());
                    assertEquals(script.frames(), now.calls(), "every frame calls update exactly once");
                    assertTrue(now.version() == before || (kind == 0 && now.version() == expected),
                            "version " + now.version() + " ran while " + before + " was running");
                    assertEquals(gray(10 * now.version()), script.centrePixel(), "the frame is drawn by the running version");
                    Optional<Diagnostic> error = script.newestError();
                    return switch (kind) {
                        case 1 -> error.filter(d -> d.kind() == Diagnostic.Kind.PARSE_ERROR
                                && d.location().line() == errorLine).isPresent();
                        case 2 -> error.filter(d -> d.phase() == Diagnostic.Phase.INIT
                                && d.message().contains("boom " + expected)).isPresent();
                        default -> {
                            if (now.version() == expected && seen[0] < 0) {
                                seen[0] = (System.nanoTime() - t0) / 1e6;
                            }
                            yield seen[0] >= 0;
                        }
                    };
                }, "edit " + edit);
                if (kind == 0) {
                    latencies.add(seen[0]);
                    running = edit;
                    assertTrue(script.newestError().isEmpty(), () -> "a good save resolves older errors: "
                            + script.session.diagnostics());
                    continue;
                }
                Diagnostic error = script.newestError().orElseThrow();
                int frames = edit == 1 ? 70 : 5; // once more frames than the diagnostics list holds
                for (int i = 0; i < frames; i++) {
                    script.frame();
                    assertEquals(running, Logged.of(script.lastLog("v").orElseThrow()).version(), "the old version runs on");
                }
                assertEquals(Optional.of(error), script.newestError(), "the error stays on the banner until fixed");
                if (kind == 1) {
                    String printed = console.toString(StandardCharsets.UTF_8);
                    assertTrue(printed.contains("main.js:" + errorLine + ":") && printed.contains("parse error [compile]")
                            && printed.contains(String.format("%5d |   var = 1;", errorLine)), printed);
                }
            }
            System.err.println("script host IT: saves seen active after (ms) " + latencies);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int gray(int level) {
        return level << 16 | level << 8 | level;
    }

    /**
     * Acceptance (b): {@code while (true) {}} in update is cut within the budget + 20 ms (the median of the cut
     * frames; every frame still draws), the version is stopped after three such frames and the last good one runs
     * again, and once the file is fixed on disk the fix runs. "Within the budget + 20 ms" is measured as the
     * time the frame thread ran (its CPU time: on an idle machine, the wall time), since a loaded machine
     * stretches every frame by however long it keeps the thread waiting; in wall time, a cut frame ends within
     * the budget's cap of four budgets (+ 20 ms) on any machine.
     */
    @Test
    void aRunawayUpdateIsCutTheShowGoesOnAndTheFixRuns() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("runaway/main.js"), """
                var n = 0;
                function update(dt, frame) { log.info('good ' + (++n)); }
                function draw(g) { g.background(0, 200, 0); }
                """)) {
            script.framesUntil(() -> script.lastLog("good 5").isPresent(), "the first version, warm");
            script.save("""
                    var n = 0;
                    function update(dt, frame) {
                      n++;
                      log.info('runaway ' + n);
                      if (n > 1) {
                        while (true) {}
                      }
                    }
                    function draw(g) { g.background(0, 0, 200); }
                    """);
            script.framesUntil(() -> script.lastLog("runaway 1").isPresent(), "the runaway version");
            double[] cut = new double[3]; // maxOverruns: the third also stops the version
            double[] ran = new double[cut.length];
            for (int i = 0; i < cut.length; i++) {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                cut[i] = script.frame();
                ran[i] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
                assertEquals(0x0000c8, script.centrePixel(), "draw still runs after the cut update");
            }
            Diagnostic d = script.session.diagnostics().stream()
                    .filter(x -> x.message().equals("update took longer than " + BUDGET_MS + " ms and was stopped")
                            && x.location() != null && x.location().line() == 6) // in the loop
                    .findFirst().orElseThrow(() -> new AssertionError(script.session.diagnostics().toString()));
            assertEquals(3, d.count(), "reported once, with a repeat count");
            System.err.printf("script host IT: runaway frames ran %s ms (CPU) in %s ms (wall)%n", Arrays.toString(ran),
                    Arrays.toString(cut));
            assertTrue(median(ran) <= BUDGET_MS + 20, "cut within the budget + 20 ms: ran " + Arrays.toString(ran));
            assertTrue(median(cut) <= WALL_CAP_MS + 20, "within the cap in wall time: " + Arrays.toString(cut));
            assertTrue(Arrays.stream(cut).max().orElseThrow() < 1000, "every runaway frame ends: " + Arrays.toString(cut));

            script.frame();
            assertEquals(0x00c800, script.centrePixel(), "the last good version draws again");
            assertTrue(script.newestError().orElseThrow().message().contains("version 2 is stopped; running version 1 again"),
                    () -> script.session.diagnostics().toString());

            script.save("""
                    function update(dt, frame) { log.info('fixed'); }
                    function draw(g) { g.background(200, 200, 200); }
                    """);
            script.framesUntil(() -> script.lastLog("fixed").isPresent(), "the fixed version");
            assertEquals(0xc8c8c8, script.centrePixel());
            assertTrue(script.newestError().isEmpty(), () -> script.session.diagnostics().toString());
            assertTrue(script.session.healthy());
        }
    }

    /** A script of some size (ten functions), different in every reload {@code i}. */
    private static String reloadable(int i) {
        StringBuilder s = new StringBuilder();
        for (int f = 0; f < 10; f++) {
            s.append("function f").append(f).append("(x) {\n  var acc = ").append(i).append(";\n")
                    .append("  for (var k = 0; k < 3; k++) { acc += Math.sin(x * k + ").append(f).append("); }\n")
                    .append("  return acc;\n}\n");
        }
        return s.append("function update(dt, frame) {\n  log.info('r").append(i).append(" ' + f3(frame.time));\n}\n")
                .toString();
    }

    /** Acceptance (d): after 500 reloads of a running script, retained heap and metaspace are back at baseline. */
    @Test
    void fiveHundredReloadsLeaveHeapAndMetaspaceAtBaseline() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("reloads/main.js"), reloadable(0))) {
            int i = 0;
            for (; i < 30; i++) { // warm-up: the engine's caches fill
                reload(script, i + 1);
            }
            long[] baseline = retained();
            long t0 = System.nanoTime();
            for (; i < 530; i++) {
                reload(script, i + 1);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] after = retained();
            long heap = after[0] - baseline[0];
            long metaspace = after[1] - baseline[1];
            System.err.printf("script host IT: 500 reloads in %.1f s; retained heap %d -> %d KiB, metaspace %d -> %d KiB%n",
                    seconds, baseline[0] / 1024, after[0] / 1024, baseline[1] / 1024, after[1] / 1024);
            assertTrue(heap < 24L << 20, "retained heap grew by " + heap / 1024 + " KiB over 500 reloads");
            assertTrue(metaspace < 12L << 20, "metaspace grew by " + metaspace / 1024 + " KiB over 500 reloads");
            assertTrue(script.session.healthy());
        }
    }

    private static void reload(LiveScript script, int i) throws Exception {
        script.save(reloadable(i));
        script.framesUntil(() -> script.lastLog("r" + i + " ").isPresent(), "reload " + i);
    }

    /** Heap and metaspace in use after full collections, in bytes. */
    private static long[] retained() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        MemoryPoolMXBean metaspace = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().equals("Metaspace")).findFirst()
                .orElseThrow(() -> new AssertionError("this JVM reports no Metaspace pool"));
        return new long[] {ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), metaspace.getUsage().getUsed()};
    }

    /** {@code octoseq:status}, {@code octoseq:diag} and {@code octoseq:reload} about a script running now. */
    @Test
    void theGogoCommandsShowAndReloadTheRunningScript() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("gogo/main.js"),
                "function update(dt, frame) { log.info('up'); }\n")) {
            script.frame();
            String status = Deployment.gogo(host.runtime, "octoseq:status");
            assertTrue(status.contains("1 running script(s)") && status.contains("gogo/main.js  version 1  healthy")
                    && status.contains("on Nashorn"), status);

            script.save("function update(dt, frame) {\n  var = 1;\n}\n");
            script.framesUntil(() -> script.newestError().isPresent(), "the broken save");
            String diag = Deployment.gogo(host.runtime, "octoseq:diag");
            assertTrue(diag.contains("gogo/main.js:2:") && diag.contains("parse error [compile]"), diag);
            assertTrue(Deployment.gogo(host.runtime, "octoseq:status").contains("version 1  healthy"),
                    "the broken save leaves version 1 running");

            script.save("function update(dt, frame) { log.info('up again'); }\n");
            script.framesUntil(() -> script.lastLog("up again").isPresent(), "the fixed save");
            String reload = Deployment.gogo(host.runtime, "octoseq:reload");
            assertTrue(reload.contains("reloading 1 script(s)"), reload);
            script.framesUntil(() -> {
                try {
                    return Deployment.gogo(host.runtime, "octoseq:status").contains("version 4  healthy");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }, "the reload command's version 4");
        }
    }
}
