package org.octoseq.mir.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;

/**
 * A part of an open show that follows {@code project.json} beside the analysed sources and bands: authored
 * events, the beat-grid override, custom signals, the mix's CQT features, the search curve. {@link LoadedProject}
 * hands it every valid project it applies (the first one and each accepted edit, also a re-read after a change to
 * {@code events/} or {@code stems/}) and closes it with the show.
 */
public interface ShowPart {

    /**
     * Brings what this part publishes in step with {@code show}. Quick work (reading small files) may be done
     * here; analyses are returned to run on the show's worker pool, and {@link org.octoseq.api.show.OpenProject#awaitReady}
     * waits for those of the first project. Called on one thread at a time; never throws.
     */
    List<Runnable> apply(Show show);

    /** Withdraws everything this part published; later results are dropped. */
    void close();

    /**
     * The show as just applied.
     *
     * @param root    the show folder, absolute
     * @param project the valid {@code project.json} in force
     * @param sources the audio sources, mix first
     */
    record Show(Path root, ProjectFile project, List<SourceSpec> sources) {

        public Show {
            sources = List.copyOf(sources);
        }

        /** The source with this id ({@code mix} or a stem id). */
        public Optional<SourceSpec> source(String id) {
            return sources.stream().filter(s -> s.id().equals(id)).findFirst();
        }

        /** The mixdown. */
        public SourceSpec mix() {
            return sources.get(0);
        }
    }

    /**
     * What a part gets to work with.
     *
     * @param publisher   where its services go
     * @param diagnostics problems for {@link org.octoseq.api.show.OpenProject#diagnostics()} (duplicates are merged)
     * @param console     one-line messages for the user
     */
    record Context(ServicePublisher publisher, Consumer<Diagnostic> diagnostics, Consumer<String> console) { }

    /** Makes the part of one show. */
    @FunctionalInterface
    interface Factory {
        ShowPart create(Context context);
    }
}
