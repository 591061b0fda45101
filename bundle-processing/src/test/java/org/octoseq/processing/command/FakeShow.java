package org.octoseq.processing.command;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.NamespaceListener;
import org.octoseq.api.namespace.NamespaceRegistry;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.show.ProjectLoader;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.processing.render.CircleSession;

/** The services a command needs, faked: one project whose script is a {@link CircleSession}. */
final class FakeShow implements ProjectLoader, ScriptHost, NamespaceRegistry {

    final CircleSession session = new CircleSession();
    final List<Path> opened = new ArrayList<>();
    final List<Path> loadedScripts = new ArrayList<>();
    ProjectDescriptor descriptor;
    double mixDurationSec = 0.5;
    String mixFile = "mix.wav";
    boolean ready = true;
    boolean projectClosed;
    boolean offline;

    @Override
    public OpenProject open(Path folder) throws IOException {
        if (!folder.isAbsolute()) {
            throw new IOException("loader wants absolute paths, got " + folder);
        }
        if (folder.getFileName().toString().equals("missing")) {
            throw new IOException(folder.resolve("project.json") + ": no such file");
        }
        opened.add(folder);
        descriptor = new ProjectDescriptor(folder, "demo", folder.resolve(mixFile),
                folder.resolve("scripts/main.js"), 32, 18, 10);
        return new OpenProject() {
            @Override
            public ProjectDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public boolean awaitReady(Duration timeout) {
                return ready;
            }

            @Override
            public List<Diagnostic> diagnostics() {
                return List.of();
            }

            @Override
            public void close() {
                projectClosed = true;
            }
        };
    }

    @Override
    public ScriptSession load(Path scriptFile) {
        loadedScripts.add(scriptFile);
        return session;
    }

    @Override
    public ScriptSession loadOffline(Path scriptFile) {
        offline = true;
        return load(scriptFile);
    }

    @Override
    public Namespace current() {
        SourceEntry mix = new SourceEntry("mix", "mix", "mix", mixDurationSec, Map.of(), Map.of(), List.of());
        return new Namespace(1, mix, List.of(), List.of(), List.of(), BeatGrid.NONE, List.of());
    }

    @Override
    public void addListener(NamespaceListener listener) {
    }

    @Override
    public void removeListener(NamespaceListener listener) {
    }
}
