package org.octoseq.script.host;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.time.Transport;
import org.octoseq.script.engine.JavaScriptEngines;
import org.octoseq.script.engine.Watchdog;

/** Real Nashorn, a real registry and a real file: what the session tests start from. */
final class SessionFixture implements AutoCloseable {

    final Path file;
    final NamespaceRegistryComponent registry = new NamespaceRegistryComponent();
    final ByteArrayOutputStream console = new ByteArrayOutputStream();
    final Watchdog watchdog = new Watchdog();
    private long frame;

    SessionFixture(Path dir) {
        this.file = dir.resolve("main.js");
    }

    JsScriptSession open(String source, SessionSettings settings) throws IOException {
        Files.writeString(file, source);
        return new JsScriptSession(file, new JavaScriptEngines(), registry::current,
                new PrintStream(console, true, StandardCharsets.UTF_8), watchdog, settings, () -> { });
    }

    /** Saves the file the way editors do: written beside it, then renamed over it. */
    void save(String source) throws IOException {
        Path tmp = file.resolveSibling(".main.js.tmp");
        Files.writeString(tmp, source);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs one frame at 60 fps. */
    void frame(JsScriptSession s) {
        s.frame(new Transport(frame / 60.0, 1 / 60.0, frame), null);
        frame++;
    }

    static List<String> messages(JsScriptSession s) {
        return s.diagnostics().stream().map(Diagnostic::message).toList();
    }

    static List<Diagnostic> errors(JsScriptSession s) {
        return s.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
