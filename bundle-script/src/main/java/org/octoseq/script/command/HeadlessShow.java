package org.octoseq.script.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.script.host.JsScriptSession;
import org.octoseq.script.host.NashornScriptHost;

/**
 * A show opened without graphics for {@code trace} and {@code check}: the project analysed, its script (or
 * another one) loaded in a session that does not watch the file.
 */
final class HeadlessShow implements AutoCloseable {

    static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(10);
    static final double FALLBACK_SECONDS = 10;

    final OpenProject project;
    final JsScriptSession session;
    private final NashornScriptHost host;

    private HeadlessShow(OpenProject project, JsScriptSession session, NashornScriptHost host) {
        this.project = project;
        this.session = session;
        this.host = host;
    }

    static HeadlessShow open(ProjectLoader loader, NashornScriptHost host, Path folder, Path script, PrintStream console)
            throws IOException, InterruptedException, Arguments.UsageError {
        OpenProject project = loader.open(folder.toAbsolutePath().normalize());
        try {
            if (!project.awaitReady(ANALYSIS_TIMEOUT)) {
                throw new Arguments.UsageError("the analysis of " + project.descriptor().mix() + " did not finish within "
                        + ANALYSIS_TIMEOUT.toMinutes() + " minutes");
            }
            Path file = script == null ? project.descriptor().script() : script.toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new Arguments.UsageError("no script at " + file);
            }
            return new HeadlessShow(project, host.open(file, host.headlessSettings(), console), host);
        } catch (InterruptedException | Arguments.UsageError | RuntimeException e) {
            project.close();
            throw e;
        }
    }

    /**
     * The host globals of a fresh script scope on this show's namespace, as {@code BindingWalker} sees them: an
     * empty script is loaded in its own session, so the project's script (broken or not) does not matter.
     */
    java.util.Map<String, org.octoseq.script.api.RuntimeBinding> namespaceBindings() throws IOException {
        return withEmptyScript(host, file -> {
            try (JsScriptSession s = host.open(file, host.headlessSettings(),
                    new PrintStream(java.io.OutputStream.nullOutputStream()))) {
                s.frame(new org.octoseq.api.time.Transport(0, 0, 0), null);
                return s.hostGlobals().orElseThrow(() ->
                        new IllegalStateException("the namespace could not be bound: " + s.diagnostics()));
            }
        });
    }

    /** Runs {@code body} with a temporary script file that does nothing, deleted afterwards. */
    static <T> T withEmptyScript(NashornScriptHost host, java.util.function.Function<Path, T> body) throws IOException {
        Path empty = java.nio.file.Files.createTempFile("octoseq-scope-", ".js");
        try {
            java.nio.file.Files.writeString(empty, "// binds the namespace only\n");
            return body.apply(empty);
        } finally {
            java.nio.file.Files.deleteIfExists(empty);
        }
    }

    /** Length of the analysed mix in seconds, or {@value #FALLBACK_SECONDS}. */
    double mixSeconds() {
        return host.registry().current().mix().map(SourceEntry::durationSec).filter(d -> d > 0).orElse(FALLBACK_SECONDS);
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            project.close();
        }
    }
}
