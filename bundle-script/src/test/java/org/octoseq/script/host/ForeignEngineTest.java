package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mozilla.javascript.engine.RhinoScriptEngineFactory;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.script.engine.EngineCatalog;
import org.octoseq.script.engine.ForeignEngine;
import org.octoseq.script.engine.JavaScriptEngines;

/**
 * A script on an engine without the host's guards (real Rhino): it runs with the host globals on its version's
 * worker thread, keeps {@code ctx.state} across reloads, and a call that runs over its budget is left to finish
 * while the frames go on — late once, it costs a frame; still running for three frames, the version is stopped.
 */
class ForeignEngineTest {

    @TempDir
    Path dir;

    private SessionFixture fx;
    private Path file;

    @BeforeEach
    void open() {
        fx = new SessionFixture(dir);
        file = dir.resolve("main.rhino.js");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private JsScriptSession session(String source) throws IOException {
        Files.writeString(file, source);
        EngineCatalog rhino = EngineCatalog.of(new PrintStream(OutputStream.nullOutputStream()),
                new ForeignEngine(new RhinoScriptEngineFactory(), "test", 0, 1));
        return new JsScriptSession(file, new JavaScriptEngines(), rhino, fx.registry::current, new PrintStream(fx.console),
                fx.watchdog, new SessionSettings(50, 2000, 3, false), () -> { }, List::of);
    }

    private static final String SCRIPT = """
            var n = 0;
            function init(ctx) {
              ctx.state.put('loads', (ctx.state.get('loads') || 0) + 1);
              n = ctx.state.get('loads') * 100;
            }
            function update(dt, frame) {
              n++;
              log.info('n ' + n + ' t ' + timing.getMember('time').value() + ' ' + frame.get('time'));
              if (n == 102) { var end = Date.now() + %d; while (Date.now() < end) {} }
            }
            """;

    @Test
    void itRunsWithTheHostGlobalsAndKeepsItsStateAcrossReloads() throws IOException {
        JsScriptSession s = session(SCRIPT.formatted(0));
        assertTrue(s.healthy(), () -> s.diagnostics().toString());
        assertTrue(s.engine().startsWith("Rhino 1.7.15"), s.engine());
        fx.frame(s);
        assertTrue(SessionFixture.messages(s).contains("log: n 101 t 0 0"), () -> s.diagnostics().toString());
        s.reload();
        fx.frame(s);
        assertTrue(SessionFixture.messages(s).contains("log: n 201 t 0.016666666666666666 0.016666666666666666"),
                () -> s.diagnostics().toString());
        assertTrue(SessionFixture.errors(s).isEmpty(), () -> s.diagnostics().toString());
    }

    @Test
    void aCallThatIsOnlyLateCostsAFrameNotTheVersion() throws Exception {
        JsScriptSession s = session(SCRIPT.formatted(300));
        fx.frame(s); // n 101
        long t0 = System.nanoTime();
        fx.frame(s); // n 102: runs 300 ms, the frame waits only the budget
        assertTrue((System.nanoTime() - t0) / 1e6 < 250, "the frame stops waiting for the late call");
        List<Diagnostic> errors = SessionFixture.errors(s);
        assertTrue(errors.get(errors.size() - 1).message().startsWith("update took longer than 50 ms; Rhino 1.7.15"
                + " cannot stop a running call, so the frame goes on without it"), errors::toString);
        assertEquals(9, errors.get(errors.size() - 1).location().line(), errors::toString);
        Thread.sleep(500); // the late call ends
        fx.frame(s);
        assertTrue(SessionFixture.messages(s).contains("log: n 103 t 0.03333333333333333 0.03333333333333333"),
                () -> s.diagnostics().toString());
        assertTrue(s.healthy());
        assertEquals(1, s.version());
    }

    @Test
    void aCallStillRunningForThreeFramesStopsTheVersion() throws Exception {
        JsScriptSession s = session(SCRIPT.formatted(1500));
        for (int i = 0; i < 4; i++) { // n 101, then 102 runs on while the next two frames are skipped
            fx.frame(s);
        }
        assertTrue(SessionFixture.messages(s).stream().anyMatch(m -> m.startsWith("update was skipped: the previous call,"
                + " over its budget, is still running")), () -> s.diagnostics().toString());
        assertTrue(!s.healthy(), "no good version to fall back to: nothing runs until the file is fixed");
    }
}
