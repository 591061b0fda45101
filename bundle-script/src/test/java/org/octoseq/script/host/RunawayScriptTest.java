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

/** Checklist 9.1.14: a runaway call is stopped within its budget, reported, and the show goes on. */
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
    void whileTrueInUpdateIsStoppedWithinTheBudgetAndTheNextFrameRuns() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(RUNAWAY_AFTER_FIRST_FRAME, new SessionSettings(50, 2000, 100, false));
        fx.frame(s); // warm-up frame (first calls get the load budget)
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            fx.frame(s);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(ms < 50 + 20, "frame " + i + " took " + ms + " ms");
        }
        List<Diagnostic> errors = SessionFixture.errors(s);
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic d = errors.get(0);
        assertEquals("update took longer than 50 ms and was stopped", d.message());
        assertEquals(Diagnostic.Kind.RUNTIME_ERROR, d.kind());
        assertEquals(5, d.location().line(), d::toString);
        assertEquals(5, d.count());
        assertTrue(s.healthy());
    }

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
        long t0 = System.nanoTime();
        fx.frame(s);
        assertTrue((System.nanoTime() - t0) / 1e6 < 70);
        assertTrue(SessionFixture.messages(s).contains("update took longer than 50 ms and was stopped"),
                SessionFixture.messages(s)::toString);
    }

    @Test
    void threeOverrunsInARowFallBackToTheLastGoodVersionAndAFixOnDiskRunsAgain() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("function update(dt, frame) { log.info('good'); }\n", SessionSettings.live());
        fx.frame(s);
        assertEquals(1, s.version());

        fx.save(RUNAWAY_AFTER_FIRST_FRAME);
        awaitVersion(s, 2);
        for (int i = 0; i < 4; i++) {
            fx.frame(s);
        }
        // frames 2..4 overran: version 2 is faulted, version 1 runs again
        assertEquals(1, s.version());
        assertTrue(s.healthy());
        String newest = SessionFixture.errors(s).get(SessionFixture.errors(s).size() - 1).message();
        assertTrue(newest.contains("version 2 is stopped; running version 1 again"), newest);

        fx.save("function update(dt, frame) { log.info('fixed'); }\n");
        awaitVersion(s, 3);
        fx.frame(s);
        assertTrue(SessionFixture.messages(s).contains("log: fixed"));
        assertTrue(SessionFixture.errors(s).isEmpty(), () -> "resolved: " + SessionFixture.errors(s));
        s.close();
    }

    @Test
    void withoutAGoodVersionAFaultedScriptStopsUntilFixed() throws Exception {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open(RUNAWAY_AFTER_FIRST_FRAME, SessionSettings.live());
        for (int i = 0; i < 4; i++) {
            fx.frame(s);
        }
        assertFalse(s.healthy());
        long t0 = System.nanoTime();
        fx.frame(s);
        assertTrue((System.nanoTime() - t0) / 1e6 < 5, "a faulted script is not called");
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
