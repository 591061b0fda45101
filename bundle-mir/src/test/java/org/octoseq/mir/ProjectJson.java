package org.octoseq.mir;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.octoseq.mir.project.ProjectFile;
import org.octoseq.mir.project.ProjectFileReader;

/** Writing a {@code project.json} into a folder and reading it back, or the one-line error reading it gives. */
public final class ProjectJson {

    private ProjectJson() {
    }

    public static ProjectFile read(Path dir, String json) throws IOException {
        return new ProjectFileReader().read(Files.writeString(dir.resolve("project.json"), json)).project();
    }

    /** The message of the {@link IOException} reading {@code json} must give. */
    public static String error(Path dir, String json) throws IOException {
        Path file = Files.writeString(dir.resolve("project.json"), json);
        return assertThrows(IOException.class, () -> new ProjectFileReader().read(file)).getMessage();
    }
}
