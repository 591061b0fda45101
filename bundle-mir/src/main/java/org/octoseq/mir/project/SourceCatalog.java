package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.mir.decode.AudioFiles;

/**
 * Lists the audio sources of a show: the mix, the stems {@code project.json} lists, then every audio file in
 * {@code <show>/stems/} it does not list (id {@code stem-<name>}, label {@code <name>}, in file-name order).
 */
final class SourceCatalog {

    private SourceCatalog() {
    }

    /**
     * The sources of the show in {@code root}; a stem whose id is already taken is left out with a warning
     * added to {@code warnings}.
     */
    static List<SourceSpec> list(Path root, ProjectFile project, List<Diagnostic> warnings) throws IOException {
        List<SourceSpec> sources = new ArrayList<>();
        sources.add(SourceSpec.of("mix", "Mix", AudioSourceAnalysis.KIND_MIX, root, Path.of(project.mix())));
        Set<String> ids = new HashSet<>(Set.of("mix"));
        Set<Path> files = new HashSet<>(Set.of(sources.get(0).file()));
        for (ProjectFile.Stem stem : project.stems()) {
            Path file = Path.of(stem.file());
            String name = baseName(file);
            String id = stem.id() != null ? stem.id() : "stem-" + name;
            String label = stem.label() != null ? stem.label() : name;
            add(SourceSpec.of(id, label, AudioSourceAnalysis.KIND_STEM, root, file), sources, ids, files, warnings);
        }
        Path folder = root.resolve("stems");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(AudioFiles::isAudio).sorted().toList()) {
                    SourceSpec s = SourceSpec.of("stem-" + baseName(file), baseName(file),
                            AudioSourceAnalysis.KIND_STEM, root, file);
                    if (!files.contains(s.file())) {
                        add(s, sources, ids, files, warnings);
                    }
                }
            }
        }
        return List.copyOf(sources);
    }

    private static void add(SourceSpec s, List<SourceSpec> sources, Set<String> ids, Set<Path> files,
            List<Diagnostic> warnings) {
        if (!ids.add(s.id())) {
            warnings.add(Diagnostic.of(Kind.WARNING, Phase.PROJECT,
                    "stem id '" + s.id() + "' is used twice; " + s.display() + " is left out"));
            return;
        }
        files.add(s.file());
        sources.add(s);
    }

    private static String baseName(Path file) {
        return AudioFiles.baseName(file);
    }
}
