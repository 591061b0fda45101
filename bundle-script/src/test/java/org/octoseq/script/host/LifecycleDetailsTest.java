package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 1.8: logs from init share the first frame's budget of 100. */
class LifecycleDetailsTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void initLogsShareTheFirstFramesBudget() throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("""
                function init(ctx) { for (var i = 0; i < 60; i++) log.info('init ' + i); }
                function update(dt, frame) { for (var i = 0; i < 60; i++) log.info('update ' + i); }
                """, SessionSettings.headless());
        fx.frame(s);
        String console = fx.console.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(100, console.lines().filter(l -> l.contains(": log: ")).count(), console);
        assertTrue(console.contains("log: update 39") && !console.contains("log: update 40"), console);
        assertEquals(1, console.lines().filter(l -> l.contains("log limit exceeded")).count());
    }
}
