package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;
import org.octoseq.api.namespace.Diagnostic.Phase;

/**
 * What a show should have analysed and published, as its folder and {@code project.json} say now: the
 * sources ({@link SourceCatalog}) and the bands whose source exists (a band of an unknown source, or with an
 * id already taken, is left out with a warning).
 *
 * @param project  the project file this plan was made from
 * @param sources  mix first, then stems
 * @param bands    in {@code project.json} order
 * @param warnings what was left out and why
 */
record ShowPlan(ProjectFile project, List<SourceSpec> sources, List<BandSpec> bands, List<Diagnostic> warnings) {

    static ShowPlan of(Path root, ProjectFile project, List<Diagnostic> readWarnings) throws IOException {
        List<Diagnostic> warnings = new ArrayList<>(readWarnings);
        List<SourceSpec> sources = SourceCatalog.list(root, project, warnings);
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        List<BandSpec> bands = new ArrayList<>();
        Set<String> bandIds = new HashSet<>();
        for (ProjectFile.Band b : project.bands()) {
            BandSpec spec = BandSpec.of(b);
            if (!sourceIds.contains(spec.source())) {
                warnings.add(Diagnostic.of(Kind.WARNING, Phase.PROJECT, "band '" + spec.id() + "' belongs to source '"
                        + spec.source() + "', which the show does not have; it is left out"));
            } else if (!bandIds.add(spec.id())) {
                warnings.add(Diagnostic.of(Kind.WARNING, Phase.PROJECT,
                        "band id '" + spec.id() + "' is used twice; the second is left out"));
            } else {
                bands.add(spec);
            }
        }
        return new ShowPlan(project, sources, List.copyOf(bands), List.copyOf(warnings));
    }

    /** The bands of source {@code id}. */
    List<BandSpec> bandsOf(String id) {
        return bands.stream().filter(b -> b.source().equals(id)).toList();
    }
}
