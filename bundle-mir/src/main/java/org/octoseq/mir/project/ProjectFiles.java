package org.octoseq.mir.project;

import java.io.IOException;
import java.nio.file.Path;
import org.octoseq.api.show.ProjectDescriptor;

/** The show folder's own files: reading its {@code project.json} and describing the show from it. */
final class ProjectFiles {

    private final Path root;
    private final ProjectFileReader reader = new ProjectFileReader();

    /** @param root the show folder, absolute and normalised */
    ProjectFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path projectJson() {
        return root.resolve("project.json");
    }

    /** Reads {@code project.json}; see {@link ProjectFileReader#read}. */
    ProjectFileReader.Result read() throws IOException {
        return reader.read(projectJson());
    }

    /** What the script host and renderer need to know of the show. */
    ProjectDescriptor describe(ProjectFile file, SourceSpec mix) {
        String name = file.name() != null ? file.name()
                : root.getFileName() != null ? root.getFileName().toString() : root.toString();
        Path script = root.resolve(file.script() != null ? file.script() : ProjectOpener.DEFAULT_SCRIPT).normalize();
        ProjectFile.Render r = file.render() != null ? file.render() : new ProjectFile.Render(null, null, null);
        return new ProjectDescriptor(root, name, mix.file(), script,
                r.width() != null ? r.width() : ProjectDescriptor.DEFAULT_WIDTH,
                r.height() != null ? r.height() : ProjectDescriptor.DEFAULT_HEIGHT,
                r.fps() != null ? r.fps() : ProjectDescriptor.DEFAULT_FPS);
    }
}
