package octoseq.processing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import processing.core.PApplet;

/** Where a sketch's show folders and scripts are: absolute, beside the sketch, or in its {@code data/} folder. */
public final class SketchFiles {

    private SketchFiles() {
    }

    /**
     * The show folder {@code name} (one with a {@code project.json}).
     *
     * @throws IllegalArgumentException naming the places looked in
     */
    public static Path showFolder(PApplet app, String name) {
        List<Path> tried = candidates(app, name, null);
        for (Path p : tried) {
            if (Files.isRegularFile(p.resolve("project.json"))) {
                return p;
            }
        }
        throw new IllegalArgumentException("no show folder (with a project.json) at " + join(tried));
    }

    /**
     * The script file {@code name}: absolute, in the sketch's data folder, beside the sketch, or in the show.
     *
     * @throws IllegalArgumentException naming the places looked in
     */
    public static Path script(PApplet app, String name, Path show) {
        List<Path> tried = candidates(app, name, show);
        for (Path p : tried) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no script file at " + join(tried));
    }

    private static List<Path> candidates(PApplet app, String name, Path show) {
        List<Path> out = new ArrayList<>();
        Path given = Path.of(name);
        if (given.isAbsolute()) {
            out.add(given.normalize());
            return out;
        }
        out.add(Path.of(app.dataPath(name)).toAbsolutePath().normalize());
        out.add(Path.of(app.sketchPath(name)).toAbsolutePath().normalize());
        if (show != null) {
            out.add(show.resolve(name).toAbsolutePath().normalize());
        }
        return out;
    }

    private static String join(List<Path> paths) {
        return String.join(" or ", paths.stream().map(Path::toString).toList());
    }
}
