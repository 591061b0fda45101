package org.octoseq.mir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.mir.project.ProjectFileReader;
import org.octoseq.mir.project.ServicePublisher;
import org.octoseq.mir.project.ShowPart;
import org.octoseq.mir.project.SourceSpec;

/** A show folder for testing one {@link ShowPart} without audio analysis: writes files and applies the part. */
public final class ShowFolder {

    public final Path root;
    public final RecordingPublisher published = new RecordingPublisher();
    public final List<Diagnostic> diagnostics = new CopyOnWriteArrayList<>();
    public final List<String> console = new CopyOnWriteArrayList<>();

    public ShowFolder(Path root) {
        this.root = root;
    }

    public ShowPart.Context context() {
        return context(published);
    }

    public ShowPart.Context context(ServicePublisher publisher) {
        return new ShowPart.Context(publisher, diagnostics::add, console::add);
    }

    public Path write(String relative, String... lines) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, String.join("\n", lines));
    }

    /** Reads {@code project.json} (which must be valid) and the sources it names (mix, listed stems). */
    public ShowPart.Show show() throws IOException {
        var project = new ProjectFileReader().read(root.resolve("project.json")).project();
        List<SourceSpec> sources = new ArrayList<>();
        sources.add(new SourceSpec("mix", "Mix", "mix", root.resolve(project.mix()).normalize(), project.mix()));
        for (var stem : project.stems()) {
            sources.add(new SourceSpec(stem.id(), stem.label(), "stem", root.resolve(stem.file()).normalize(), stem.file()));
        }
        return new ShowPart.Show(root, project, sources);
    }

    /** Applies the part to the show as it is now and runs its work here. */
    public void apply(ShowPart part) throws IOException {
        part.apply(show()).forEach(Runnable::run);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }
}
