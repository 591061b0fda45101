package org.octoseq.script.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.time.Transport;
import org.octoseq.script.editor.EditedScript;
import org.octoseq.script.editor.EditorDiagnostic;
import org.octoseq.script.editor.ScriptWorkspace;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@link ScriptWorkspace} of the running show: the session of the script host that watches its file.
 * Drafts are checked in headless sessions of the same host (so the editor shows exactly what the host would
 * report), typings and guardrails come from the live bindings and are recomputed only when the namespace or the
 * running version changed. While it is active (the web editor of {@code octoseq run} uses it), the guardrails of
 * the live show are also printed on the console ({@link GuardrailMonitor}). Nothing else activates it, so other
 * commands pay nothing for it.
 */
@Component(service = ScriptWorkspace.class)
public final class LiveScriptWorkspace implements ScriptWorkspace {

    /** Frames a draft runs for when checked: enough for update and draw to run a few times. */
    static final int CHECK_FRAMES = 3;

    private final NashornScriptHost host;
    private final GuardrailMonitor console;
    private final Object checkLock = new Object();
    private Path drafts;
    private String typingsKey;
    private String typings;
    private String guardrailsKey;
    private List<String> guardrails = List.of();

    @Activate
    public LiveScriptWorkspace(@Reference NashornScriptHost host) {
        this.host = host;
        this.console = new GuardrailMonitor(host, System.err);
    }

    /** The live show's session: the one that watches its file (the most frames if several). */
    Optional<JsScriptSession> session() {
        return host.sessions().stream().filter(JsScriptSession::watchesFile)
                .max(Comparator.comparingLong(JsScriptSession::frames));
    }

    @Override
    public Optional<EditedScript> current() {
        return session().map(s -> {
            String source;
            try {
                source = Files.readString(s.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                source = "";
            }
            List<EditorDiagnostic> diagnostics = s.diagnostics().stream().map(d -> of(d, s.file())).toList();
            return new EditedScript(s.file().toString(), source, s.version(), s.healthy(), s.frames(),
                    host.registry().current().version(), diagnostics, guardrails(s, source));
        });
    }

    private synchronized List<String> guardrails(JsScriptSession s, String source) {
        Map<String, RuntimeBinding> globals = s.hostGlobals().orElse(null);
        String key = fingerprint(globals) + "/" + s.version() + "/" + source.hashCode();
        if (!key.equals(guardrailsKey)) {
            guardrails = globals == null ? List.of() : Guardrails.check(ApiModel.standard(), globals,
                    ProjectDeclarations.forScript(s.file()), s.file().toString(), source)
                    .stream().map(Guardrail::toString).toList();
            guardrailsKey = key;
        }
        return guardrails;
    }

    @Override
    public List<EditorDiagnostic> check(String source) {
        synchronized (checkLock) {
            try {
                Path file = draftFile();
                Files.writeString(file, source, StandardCharsets.UTF_8);
                try (JsScriptSession s = host.open(file, host.headlessSettings(), new PrintStream(OutputStream.nullOutputStream()))) {
                    for (int i = 0; i < CHECK_FRAMES; i++) {
                        s.frame(new Transport(i / 60.0, 1 / 60.0, i), null);
                    }
                    Stream<EditorDiagnostic> host = s.diagnostics().stream()
                            .filter(d -> d.kind() != Diagnostic.Kind.INFO).map(d -> of(d, file));
                    Stream<EditorDiagnostic> lint = LegacyNameLint.scan(file.toString(), source).stream()
                            .map(g -> new EditorDiagnostic("warning", g.line(), g.column(), "lint", g.message(), 1));
                    return Stream.concat(host, lint).toList();
                }
            } catch (IOException e) {
                return List.of(new EditorDiagnostic("error", 0, 0, "compile", "cannot check the draft: " + e.getMessage(), 1));
            }
        }
    }

    /** A file in a private folder, named like the show's script so messages read the same. */
    private Path draftFile() throws IOException {
        if (drafts == null) {
            drafts = Files.createTempDirectory("octoseq-editor-");
        }
        String name = session().map(s -> s.file().getFileName().toString()).orElse("main.js");
        return drafts.resolve(name);
    }

    @Override
    public void save(String source) throws IOException {
        JsScriptSession s = session().orElseThrow(() -> new IllegalStateException("no show script is running"));
        Path file = s.file();
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".saving");
        try {
            Files.writeString(tmp, source, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public synchronized String typings() {
        Map<String, RuntimeBinding> globals = session().flatMap(JsScriptSession::hostGlobals).orElse(null);
        String key = fingerprint(globals);
        if (!key.equals(typingsKey)) {
            TypeScriptDeclarations declarations = new TypeScriptDeclarations(ApiModel.standard());
            typings = globals == null ? declarations.generic() : declarations.forProject(globals, "the running show");
            typingsKey = key;
        }
        return typings;
    }

    /**
     * Every path of the walked bindings: what typings and guardrails depend on. (The running script binds a new
     * namespace at its next frame, so the registry's version alone could be ahead of what the script sees.)
     */
    static String fingerprint(Map<String, RuntimeBinding> globals) {
        if (globals == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        java.util.ArrayDeque<RuntimeBinding> todo = new java.util.ArrayDeque<>(globals.values());
        while (!todo.isEmpty()) {
            RuntimeBinding r = todo.pop();
            b.append(r.path()).append(':').append(r.shape()).append('\n');
            todo.addAll(r.members().values());
        }
        return b.toString();
    }

    private static EditorDiagnostic of(Diagnostic d, Path file) {
        boolean here = d.location() != null && d.location().file() != null
                && Path.of(d.location().file()).getFileName().equals(file.getFileName());
        String severity = d.isError() ? "error" : d.kind() == Diagnostic.Kind.WARNING ? "warning" : "info";
        return new EditorDiagnostic(severity, here ? d.location().line() : 0, here ? d.location().column() : 0,
                d.phase().name().toLowerCase(java.util.Locale.ROOT), d.message(), d.count());
    }

    @Deactivate
    void deactivate() throws IOException {
        console.close();
        if (drafts != null) {
            try (Stream<Path> files = Files.walk(drafts)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
