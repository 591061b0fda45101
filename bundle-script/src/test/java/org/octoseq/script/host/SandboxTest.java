package org.octoseq.script.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.octoseq.api.namespace.Diagnostic;

/**
 * Every way out of the sandbox we know of is refused with a diagnostic that says so, in {@code update}; the
 * session keeps running (the next frame calls {@code update} again) and nothing happened outside.
 */
class SandboxTest {

    @TempDir
    Path dir;

    private SessionFixture fx;

    @AfterEach
    void close() {
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "java.lang.Runtime.getRuntime().exec('touch PWNED')",
            "Java.type('java.lang.Runtime').getRuntime().exec('touch PWNED')",
            "Java.type('java.lang.ProcessBuilder')",
            "log.getClass().forName('java.lang.Runtime')",
            "log.getClass().getClassLoader().loadClass('java.lang.Runtime')",
            "Java.type('java.lang.System').exit(3)",
            "exit(3)",
            "quit()",
            "new java.io.FileWriter('PWNED').write('x')",
            "Java.type('java.nio.file.Files').writeString(Java.type('java.nio.file.Path').of('PWNED'), 'x')",
            "load('file:PWNED.js')",
            "loadWithNewGlobal({script: 'java.lang.Runtime', name: 'x'})",
            "Packages.java.lang.Runtime.getRuntime()",
            "new java.lang.Thread(function () {}).start()",
            "Java.type('java.lang.Thread')",
            "new JavaImporter(java.io)",
            "engine.getFactory().getScriptEngine().eval('1')",
            "this.engine.getFactory()",
            "context.getWriter()",
            "javax.script.ScriptEngineManager",
            "Java.type('java.lang.reflect.Method')",
    })
    void anEscapeIsBlockedWithADiagnosticAndTheNextFrameRunsAgain(String escape) throws IOException {
        fx = new SessionFixture(dir);
        JsScriptSession s = fx.open("var calls = 0;\nfunction update(dt, frame) {\n  calls++;\n  " + escape
                + ";\n  log.info('escaped');\n}\n", SessionSettings.headless());
        assertTrue(s.healthy(), () -> s.diagnostics().toString());
        fx.frame(s);
        fx.frame(s);
        List<Diagnostic> errors = SessionFixture.errors(s);
        assertEquals(1, errors.size(), () -> escape + " -> " + s.diagnostics());
        Diagnostic d = errors.get(0);
        assertEquals(2, d.count(), d::toString);
        assertEquals(4, d.location().line(), () -> escape + " -> " + d);
        String m = d.message();
        assertTrue(m.contains("not available") || m.contains("is not defined") || m.contains("cannot"),
                () -> escape + " -> " + m);
        assertFalse(SessionFixture.messages(s).contains("log: escaped"));
        assertFalse(Files.exists(Path.of("PWNED")) || Files.exists(dir.resolve("PWNED")));
        s.close();
    }
}
