package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

/**
 * A running script edited on disk 20 times in a row while frames run: valid, syntax error, runtime error in
 * init, valid again… No frame is skipped by a reload, every invalid save leaves the previous version running
 * (and is the newest error until a good save resolves it), every valid save becomes active, and
 * {@code ctx.state} carries over.
 */
class HotReloadTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    /** A valid version {@code i}: probes its number and counts every update in the shared state. */
    private static String valid(int i) {
        return """
                var state;
                function init(ctx) {
                  state = ctx.state;
                  if (state.calls === undefined) state.calls = 0;
                  state.loads = (state.loads || 0) + 1;
                }
                function update(dt, frame) {
                  state.calls++;
                  probe('version', %d);
                  probe('calls', state.calls);
                }
                """.formatted(i);
    }

    @Test
    void twentyEditsWhileFramesRun() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(valid(0), SessionSettings.live());
        s.probes().setRecording(true);
        long frames = 0;
        int running = 0;
        List<Double> latencies = new ArrayList<>();
        for (int edit = 1; edit <= 20; edit++) {
            int kind = edit % 3; // 1 syntax error, 2 init error, 0 valid
            String source = switch (kind) {
                case 1 -> "function update(dt, frame) {\n  var = " + edit + ";\n}\n";
                case 2 -> "function init(ctx) {\n  throw new Error('boom " + edit + "');\n}\nfunction update() {}\n";
                default -> valid(edit);
            };
            long t0 = System.nanoTime();
            fx.save(source);
            int expected = edit;
            BooleanSupplier done = switch (kind) {
                case 1 -> () -> newestError(s).filter(d -> d.kind() == Diagnostic.Kind.PARSE_ERROR
                        && d.location().line() == 2 && d.message().contains("" + expected) == false).isPresent()
                        && seenAttempt(s, expected);
                case 2 -> () -> newestError(s).filter(d -> d.message().contains("boom " + expected)).isPresent();
                default -> () -> Double.valueOf(expected).equals(s.probes().frameValues().get("version"));
            };
            while (!done.getAsBoolean()) {
                fx.frame(s);
                frames++;
                Map<String, Double> probed = s.probes().frameValues();
                assertEquals(frames, probed.get("calls"), "every frame calls update exactly once");
                double v = probed.get("version");
                assertTrue(v == running || v == expected, "version " + v + " while " + running + " runs");
                assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "edit " + edit + " never took effect: "
                        + s.diagnostics());
                Thread.sleep(1);
            }
            if (kind == 0) {
                latencies.add(s.lastReloadMillis());
                running = edit;
                assertTrue(newestError(s).isEmpty(), () -> "a good save resolves older errors: " + s.diagnostics());
            } else {
                for (int i = 0; i < 5; i++) { // the previous version keeps running
                    fx.frame(s);
                    frames++;
                    assertEquals(running, s.probes().frameValues().get("version"));
                }
            }
        }
        assertEquals(21, s.attempts());
        System.err.println("hot reload: file seen -> active, ms: " + latencies);
        s.close();
    }

    /** Each edit is one load attempt: edit {@code n} is attempt {@code n + 1}. */
    private static boolean seenAttempt(JsScriptSession s, int edit) {
        return s.attempts() >= edit + 1;
    }

    private static java.util.Optional<Diagnostic> newestError(JsScriptSession s) {
        List<Diagnostic> errors = SessionFixture.errors(s);
        return errors.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(errors.get(errors.size() - 1));
    }
}
