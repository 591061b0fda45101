package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

/**
 * A second JSR-223 engine deployed as a bundle, in a real framework: the example Rhino bundle dropped into
 * {@code bundles/} while the runtime runs. Its META-INF/services entry gives the compiled Rhino for
 * {@code *.rhino.js} and its ScriptEngineFactory service the interpreted one for {@code *.rhino-interpreted.js};
 * scripts run there with the host globals, an error skips one call, an over-budget call is abandoned and the
 * last good version runs on, and when the bundle goes and comes back the script follows it.
 */
class ScriptEnginesIT {

    private static final String COMPILED = "Rhino 1.7.15 (META-INF/services of bundle org.octoseq.example-rhino-engine)";
    private static final String INTERPRETED = "Rhino (interpreted) 1.7.15 (ScriptEngineFactory service of bundle"
            + " org.octoseq.example-rhino-engine)";
    private static final Path RHINO_JAR = Path.of("example-rhino-engine.jar");

    @TempDir
    static Path temp;

    private static Deployment deployment;
    private static ShowHost host;

    @BeforeAll
    static void start() throws Exception {
        deployment = new Deployment(temp.resolve("home"));
        host = new ShowHost(deployment);
        deployment.drop(deployment.examples.resolve(RHINO_JAR));
        awaitEngines(true);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    /** Waits until {@code octoseq:engines} lists both Rhino engines ({@code present}) or neither. */
    private static void awaitEngines(boolean present) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String listed;
        do {
            Thread.sleep(50);
            listed = Deployment.gogo(host.runtime, "octoseq:engines");
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Rhino engines are " + (present ? "not listed" : "still listed") + ": " + listed);
            }
        } while ((listed.contains(COMPILED) && listed.contains(INTERPRETED)) != present
                || (listed.contains(COMPILED) || listed.contains(INTERPRETED)) != present);
        if (present) {
            assertTrue(listed.contains(COMPILED + ": .js .rhino.js .javascript.js"), listed);
            assertTrue(listed.contains(INTERPRETED + ": .js .rhino-interpreted.js"), listed);
        }
    }

    /**
     * A script that logs "TAG n at frame.time = timing.time.value() load L" every update ({@code L} counts the
     * loads in {@code ctx.state}, which survives reloads), then runs {@code extra} (line 10), and draws blue.
     */
    private static String counting(String tag, String extra) {
        return """
                var n = 0;
                var loads;
                function init(ctx) {
                  loads = (ctx.state.get('loads') || 0) + 1;
                  ctx.state.put('loads', loads);
                }
                function update(dt, frame) {
                  n++;
                  log.info('%s ' + n + ' at ' + frame.get('time') + ' = ' + timing.getMember('time').value() + ' load ' + loads);
                  %s
                }
                function draw(g) {
                  g.background(0, 0, 200);
                }
                """.formatted(tag, extra);
    }

    @Test
    void aRhinoScriptRunsWithTheHostGlobalsAndAnErrorSkipsOneCall() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("show/main.rhino.js"),
                counting("rhino", "if (n == 3) throw new Error('boom at ' + n);"))) {
            assertTrue(script.session.healthy(), () -> script.session.diagnostics().toString());
            assertTrue(script.session.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.WARNING
                    && d.message().contains("runs on " + COMPILED + ": the host's sandbox does not apply")),
                    () -> script.session.diagnostics().toString());
            double[] times = new double[6];
            for (int i = 0; i < times.length; i++) {
                times[i] = script.frame();
                assertEquals(0x0000c8, script.centrePixel(), "draw(g) runs on Rhino with the real graphics");
            }
            String[] last = script.lastLog("rhino").orElseThrow().split(" "); // rhino 6 at T = T load 1
            assertEquals("6", last[1], "every frame after the error ran");
            assertEquals(5 / 60.0, Double.parseDouble(last[3]), 1e-12, "frame.time");
            assertEquals(Double.parseDouble(last[3]), Double.parseDouble(last[5]), 1e-12, "Signal.value() on Rhino's thread");
            Diagnostic boom = script.newestError().orElseThrow();
            assertTrue(boom.message().contains("boom at 3") && boom.phase() == Diagnostic.Phase.UPDATE, boom::toString);
            assertEquals(10, boom.location().line(), boom::toString);
            assertEquals(1, boom.count(), "the error was in one call only");
            assertTrue(Deployment.gogo(host.runtime, "octoseq:status").contains("on " + COMPILED));
            Arrays.sort(times);
            System.err.println("script engines IT: Rhino frames took (ms) " + Arrays.toString(times));
        }
    }

    @Test
    void anOverBudgetRhinoCallIsLeftToFinishAndTheLastGoodVersionRunsOn() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("runaway/main.rhino.js"),
                counting("good", ""))) {
            script.framesUntil(() -> script.lastLog("good 2").isPresent(), "the first version");
            // far over the budget, but it ends (Rhino cannot be stopped: a while (true) would spin for good)
            script.save(counting("slow", "if (n > 1) { var end = Date.now() + 1500; while (Date.now() < end) {} }"));
            script.framesUntil(() -> script.lastLog("slow 1").isPresent(), "the slow version");
            double ms = script.frame();
            assertTrue(ms < 1000, "the frame stops waiting for the late call: " + ms + " ms");
            assertTrue(script.newestError().orElseThrow().message().startsWith("update took longer than 50 ms;"
                    + " Rhino 1.7.15 cannot stop a running call, so the frame goes on without it"),
                    () -> script.session.diagnostics().toString());
            script.frame(); // skipped: the late call still runs
            script.frame(); // skipped: the third frame over budget stops the version
            assertTrue(script.newestError().orElseThrow().message().contains("version 2 is stopped; running version 1"
                    + " again"), () -> script.session.diagnostics().toString());
            long goodBefore = logged(script, "good");
            script.frame();
            assertEquals(goodBefore + 1, logged(script, "good"), "version 1 runs again");
            assertTrue(script.session.healthy());
        }
    }

    private static long logged(LiveScript script, String tag) {
        return Long.parseLong(script.lastLog(tag + " ").orElseThrow().split(" ")[1]);
    }

    @Test
    void theInterpretedRhinoServiceRunsItsOwnFiles() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("interpreted/main.rhino-interpreted.js"),
                counting("interpreted", ""))) {
            script.frame();
            script.frame();
            assertTrue(script.lastLog("interpreted 2 at ").isPresent(), () -> script.session.diagnostics().toString());
            assertTrue(Deployment.gogo(host.runtime, "octoseq:status").contains("on " + INTERPRETED));
        }
    }

    /**
     * Takes the engine bundle away and back: the version on the gone engine stops (its classes went with the
     * bundle), the file loads on what runs {@code .js} now (Nashorn, where this Rhino script fails), and when
     * the bundle is back the script runs on it again with the {@code ctx.state} it had.
     */
    @Test
    void whenTheEngineBundleGoesItsScriptStopsAndWhenItComesBackItRunsAgain() throws Exception {
        try (LiveScript script = new LiveScript(host.scripts, temp.resolve("swap/main.rhino.js"), counting("swap", ""))) {
            script.framesUntil(() -> script.lastLog("swap 1 ").isPresent(), "the script on Rhino");
            Files.delete(deployment.bundles.resolve(RHINO_JAR));
            awaitEngines(false);
            script.framesUntil(() -> messages(script).contains(COMPILED + " is gone, so version 1 of main.rhino.js"
                    + " stops; it runs again when a load succeeds"), "the stop of the version on the gone engine");
            script.framesUntil(() -> messages(script).contains("main.rhino.js now loads on Nashorn (built in),"
                    + " no longer on " + COMPILED), "the reload on Nashorn");
            assertTrue(!script.session.healthy(), "nothing runs: the reload on Nashorn fails on Rhino's ctx.state map");

            deployment.drop(deployment.examples.resolve(RHINO_JAR));
            awaitEngines(true);
            script.framesUntil(() -> script.lastLog("swap 1 ").filter(l -> l.endsWith(" load 2")).isPresent()
                    && script.newestError().isEmpty(), "the reload on the new Rhino, with the state of the old one");
            assertTrue(script.session.healthy());
        } finally {
            if (!Files.exists(deployment.bundles.resolve(RHINO_JAR))) { // the other tests need it
                deployment.drop(deployment.examples.resolve(RHINO_JAR));
                awaitEngines(true);
            }
        }
    }

    private static List<String> messages(LiveScript script) {
        return script.session.diagnostics().stream().map(Diagnostic::message).toList();
    }
}
