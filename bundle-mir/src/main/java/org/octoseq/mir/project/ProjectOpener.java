package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.cache.AnalysisCache;
import org.octoseq.mir.decode.AudioDecoder;

/**
 * Opens show folders: reads {@code project.json}, lists the sources and bands, starts their analysis on a
 * pool (through the show's cache in {@code .octoseq/cache/}) and watches the folder for changes. Knows
 * nothing of OSGi; where results go is up to the {@link SourcePublisher} and {@link BandPublisher}.
 */
public final class ProjectOpener {

    /** The script of a show whose {@code project.json} names none, relative to the show folder. */
    public static final String DEFAULT_SCRIPT = "scripts/main.js";

    private final AudioDecoder decoder = new AudioDecoder();
    private final TrackAnalyzer analyzer;
    private final Executor pool;
    private final Consumer<String> console;
    private final boolean watch;
    private final List<ShowPart.Factory> parts;

    /**
     * An opener that watches the shows it opens.
     *
     * @param analyzer the analysis to run per source
     * @param pool     where decoding and analysis run
     * @param console  where one-line error messages go (e.g. {@code System.err::println})
     */
    public ProjectOpener(TrackAnalyzer analyzer, Executor pool, Consumer<String> console) {
        this(analyzer, pool, console, true);
    }

    /** @param watch whether opened shows follow changes to their folder */
    public ProjectOpener(TrackAnalyzer analyzer, Executor pool, Consumer<String> console, boolean watch) {
        this(analyzer, pool, console, watch, List.of());
    }

    /** @param parts the {@link ShowPart}s every opened show gets (custom signals, authored events, ...) */
    public ProjectOpener(TrackAnalyzer analyzer, Executor pool, Consumer<String> console, boolean watch,
            List<ShowPart.Factory> parts) {
        this.analyzer = analyzer;
        this.pool = pool;
        this.console = console;
        this.watch = watch;
        this.parts = List.copyOf(parts);
    }

    /** Opens {@code folder} publishing sources only (bands are analysed but not published). */
    public LoadedProject open(Path folder, SourcePublisher publisher, Consumer<? super LoadedProject> onClose)
            throws IOException {
        return open(folder, publisher, BandPublisher.NONE, onClose);
    }

    /**
     * Opens the show in {@code folder} and returns at once; analyses are published as they finish.
     *
     * @param onClose told once when the project is closed
     * @throws IOException when the folder or its {@code project.json} is missing or invalid
     */
    public LoadedProject open(Path folder, SourcePublisher publisher, BandPublisher bandPublisher,
            Consumer<? super LoadedProject> onClose) throws IOException {
        return open(folder, publisher, bandPublisher, ServicePublisher.NONE, onClose);
    }

    /**
     * As {@link #open(Path, SourcePublisher, BandPublisher, Consumer)}, with the services of the show's parts
     * published through {@code services}.
     */
    public LoadedProject open(Path folder, SourcePublisher publisher, BandPublisher bandPublisher,
            ServicePublisher services, Consumer<? super LoadedProject> onClose) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a folder");
        }
        ProjectFiles files = new ProjectFiles(root);
        if (!Files.isRegularFile(files.projectJson())) {
            throw new IOException(files.projectJson() + ": not found; a show folder needs a project.json");
        }
        ProjectFileReader.Result read = files.read();
        ShowPlan plan = ShowPlan.of(root, read.project(), read.warnings());
        SourceJob job = new SourceJob(decoder, analyzer, AnalysisCache.forShow(root, analyzer.parameters()), console);
        LoadedProject project = new LoadedProject(files, publisher, bandPublisher, job, pool, console, onClose, parts,
                services);
        project.start(plan, watch);
        return project;
    }
}
