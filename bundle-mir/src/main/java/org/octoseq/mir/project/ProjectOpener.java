package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.mir.decode.AudioDecoder;
import org.octoseq.mir.feature.SourceAnalyzer;

/**
 * Opens show folders: reads {@code project.json}, lists the sources and starts their analysis on a pool.
 * Knows nothing of OSGi; where results go is up to the {@link SourcePublisher}.
 */
public final class ProjectOpener {

    /** The script of a show whose {@code project.json} names none, relative to the show folder. */
    public static final String DEFAULT_SCRIPT = "scripts/main.js";

    private final ProjectFileReader reader = new ProjectFileReader();
    private final AudioDecoder decoder = new AudioDecoder();
    private final SourceAnalyzer analyzer;
    private final Executor pool;
    private final Consumer<String> console;

    /**
     * @param analyzer the features to compute per source
     * @param pool     where decoding and analysis run
     * @param console  where one-line error messages go (e.g. {@code System.err::println})
     */
    public ProjectOpener(SourceAnalyzer analyzer, Executor pool, Consumer<String> console) {
        this.analyzer = analyzer;
        this.pool = pool;
        this.console = console;
    }

    /**
     * Opens the show in {@code folder} and returns at once; analyses are published as they finish.
     *
     * @param onClose told once when the project is closed
     * @throws IOException when the folder or its {@code project.json} is missing or invalid
     */
    public LoadedProject open(Path folder, SourcePublisher publisher, Consumer<? super LoadedProject> onClose) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a folder");
        }
        Path json = root.resolve("project.json");
        if (!Files.isRegularFile(json)) {
            throw new IOException(json + ": not found; a show folder needs a project.json");
        }
        ProjectFileReader.Result read = reader.read(json);
        List<Diagnostic> warnings = new ArrayList<>(read.warnings());
        List<SourceSpec> sources = SourceCatalog.list(root, read.project(), warnings);
        LoadedProject project = new LoadedProject(describe(root, read.project(), sources.get(0)), sources,
                warnings, publisher, decoder, analyzer, console, onClose);
        project.start(pool);
        return project;
    }

    private static ProjectDescriptor describe(Path root, ProjectFile file, SourceSpec mix) {
        String name = file.name() != null ? file.name()
                : root.getFileName() != null ? root.getFileName().toString() : root.toString();
        Path script = root.resolve(file.script() != null ? file.script() : DEFAULT_SCRIPT).normalize();
        ProjectFile.Render r = file.render() != null ? file.render() : new ProjectFile.Render(null, null, null);
        return new ProjectDescriptor(root, name, mix.file(), script,
                r.width() != null ? r.width() : ProjectDescriptor.DEFAULT_WIDTH,
                r.height() != null ? r.height() : ProjectDescriptor.DEFAULT_HEIGHT,
                r.fps() != null ? r.fps() : ProjectDescriptor.DEFAULT_FPS);
    }
}
