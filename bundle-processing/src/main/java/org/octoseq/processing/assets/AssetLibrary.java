package org.octoseq.processing.assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.octoseq.api.namespace.Diagnostic;
import processing.core.PImage;
import processing.core.PShape;

/**
 * The script global {@code assets}: files of the show's {@code assets/} folder as Processing objects. An id is
 * a file name inside that folder ({@code "logo.svg"}, {@code "models/cube.obj"}), or the name without its
 * extension when only one file has it ({@code "logo"}). Each asset is read once per script load.
 *
 * <p>Each asset is drawn once offscreen when it is read, so the first frame that draws it on stage does not
 * pay for Java2D's first-use costs (well over a frame's time on a busy machine).
 *
 * <p>A missing, unreadable or outside-the-folder asset is a warning in the script's diagnostics (once per id),
 * never an exception: {@link #shape} then gives an empty shape and {@link #image} a 1×1 transparent image, so
 * the show goes on drawing.
 */
public final class AssetLibrary {

    /** The assets folder inside a show folder. */
    public static final String FOLDER = "assets";

    private static final List<String> SHAPES = List.of("svg", "obj");
    private static final List<String> IMAGES = List.of("png", "jpg", "jpeg", "gif", "bmp");

    private final Path folder;
    private final Consumer<Diagnostic> diagnostics;
    private final Map<String, PShape> shapes = new ConcurrentHashMap<>();
    private final Map<String, PImage> images = new ConcurrentHashMap<>();

    AssetLibrary(Path folder, Consumer<Diagnostic> diagnostics) {
        this.folder = folder;
        this.diagnostics = diagnostics;
    }

    Path folder() {
        return folder;
    }

    /**
     * The SVG drawing or OBJ model {@code id} as a shape: SVGs keep their own colours (call {@code disableStyle()}
     * on the shape to draw it with yours); an OBJ model is drawn flat, its faces projected onto the x-y plane
     * (the default JAVA2D renderer has no depth), with the current fill and stroke, one model unit per pixel.
     */
    public PShape shape(String id) {
        return load(shapes, id, SHAPES, file -> AssetFiles.warm(AssetFiles.shape(file)), AssetFiles::emptyShape,
                "SVG or OBJ file");
    }

    /** The image {@code id} (PNG, JPEG, GIF, BMP) for {@code g.image(img, x, y)}. */
    public PImage image(String id) {
        return load(images, id, IMAGES, file -> AssetFiles.warm(AssetFiles.image(file)), AssetFiles::emptyImage,
                "image");
    }

    /** Reads one kind of asset file. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /** The cached asset {@code id}, read on first use; a placeholder (after one warning) when it cannot be. */
    private <T> T load(Map<String, T> cache, String id, List<String> extensions, Reader<T> reader,
                       Supplier<T> placeholder, String kind) {
        return cache.computeIfAbsent(id, key -> find(key, extensions).map(file -> {
            try {
                return reader.read(file);
            } catch (IOException | RuntimeException e) {
                warn("asset '" + key + "' (" + file + ") is not a readable " + kind + ": " + e.getMessage());
                return null;
            }
        }).orElseGet(placeholder));
    }

    /** Whether asset {@code id} exists. */
    public boolean has(String id) {
        return resolve(id, SHAPES).isPresent() || resolve(id, IMAGES).isPresent();
    }

    /** The ids (file names inside {@code assets/}) of every asset, sorted. */
    public String[] list() {
        if (!Files.isDirectory(folder)) {
            return new String[0];
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toArray(String[]::new);
        } catch (IOException e) {
            warn("cannot list " + folder + ": " + e.getMessage());
            return new String[0];
        }
    }

    /** The file of {@code id} with one of {@code extensions}, or empty after a warning. */
    private Optional<Path> find(String id, List<String> extensions) {
        if (id != null && !inside(folder.resolve(id))) {
            warn("asset '" + id + "' is outside the assets folder; ids name files inside " + folder);
            return Optional.empty();
        }
        Optional<Path> file = resolve(id, extensions);
        if (file.isEmpty()) {
            String[] all = list();
            warn("asset '" + id + "' not found in " + folder + " (" + extensions + " files"
                    + (all.length == 0 ? "; the folder is empty or missing)" : "; there are: " + String.join(", ", all) + ")"));
        }
        return file;
    }

    private Optional<Path> resolve(String id, List<String> extensions) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Path file = folder.resolve(id).normalize();
        if (!inside(file)) {
            return Optional.empty();
        }
        if (Files.isRegularFile(file) && extensions.contains(extension(file))) {
            return Optional.of(file);
        }
        return extensions.stream().map(ext -> folder.resolve(id + "." + ext).normalize())
                .filter(f -> inside(f) && Files.isRegularFile(f)).findFirst();
    }

    private boolean inside(Path file) {
        return file.normalize().startsWith(folder.normalize());
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void warn(String message) {
        diagnostics.accept(Diagnostic.of(Diagnostic.Kind.WARNING, Diagnostic.Phase.PROJECT, message));
    }

    @Override
    public String toString() {
        return "assets (" + folder + ")";
    }
}
