package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;

/**
 * Checklist 9.1.14: a runaway call is stopped, reported, and the show goes on. How fast it is stopped (within the
 * budget + 20 ms), the fallback to the last good version and the fix on disk are shown in a real framework by
 * {@code ScriptHostIT}; these are the corner cases.
 */
class RunawayScriptTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    private static final String RUNAWAY_AFTER_FIRST_FRAME = """
            var n = 0;
            function update(dt, frame) {
              n++;
              if (n > 1) {
                while (true) {}
              }
            }
            """;

    @Test
    void aRunawayThatCatchesTheStopStillEndsAndIsReported() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("""
                var n = 0;
                function update(dt, frame) {
                  n++;
                  while (n > 1) { try { while (true) {} } catch (e) { } }
                }
                """, new SessionSettings(50, 2000, 100, false));
        fx.frame(s);
        fx.frame(s); // returns: every check after the caught stop throws again
        assertTrue(SessionFixture.messages(s).contains("update took longer than 50 ms and was stopped"),
                SessionFixture.messages(s)::toString);
    }

    @Test
    void withoutAGoodVersionAFaultedScriptStopsUntilFixed() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(RUNAWAY_AFTER_FIRST_FRAME, SessionSettings.live());
        for (int i = 0; i < 4; i++) {
            fx.frame(s);
        }
        assertFalse(s.healthy());
        List<Diagnostic> before = s.diagnostics();
        fx.frame(s);
        assertEquals(before, s.diagnostics(), "a faulted script is not called (no new overrun)");
        fx.save("function update(dt, frame) { log.info('back'); }\n");
        awaitVersion(s, 2);
        assertTrue(s.healthy());
        assertTrue(SessionFixture.messages(s).contains("log: back"));
        s.close();
    }

    /** Runs frames until {@code version} is active (the reload happens on the watcher thread). */
    private void awaitVersion(JsScriptSession s, int version) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (s.version() != version) {
            assertTrue(System.nanoTime() < deadline, "version " + version + " never became active: " + s.diagnostics());
            Thread.sleep(5);
            fx.frame(s);
        }
    }
}
