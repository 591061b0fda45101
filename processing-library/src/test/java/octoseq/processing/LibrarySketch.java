package octoseq.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A sketch the way the PDE builds one against the installed library: the built zip unzipped into a sketchbook,
 * the {@code .pde} wrapped into a class ({@link PdeSketch}), compiled with javac against the zip's
 * {@code library/*.jar} plus Processing core, and loaded in a class loader of its own.
 */
final class LibrarySketch implements AutoCloseable {

    final String name;
    final Path folder;
    final URLClassLoader loader;
    final Class<?> sketchClass;

    private LibrarySketch(String name, Path folder, URLClassLoader loader) throws ClassNotFoundException {
        this.name = name;
        this.folder = folder;
        this.loader = loader;
        this.sketchClass = loader.loadClass(name);
    }

    /** Unzips the built library zip into {@code <temp>/sketchbook/libraries}; returns the library folder. */
    static Path installLibrary(Path temp) throws IOException {
        Path zip = Path.of(System.getProperty("octoseq.library.zip", "target/octoseq-processing.zip"));
        Path libraries = temp.resolve("sketchbook/libraries");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = libraries.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return libraries.resolve("octoseq");
    }

    /**
     * Copies the sketch folder of {@code pde} into {@code temp/sketches}, compiles it and loads it.
     *
     * @throws AssertionError with the compiler's output when it does not compile
     */
    static LibrarySketch build(Path library, Path pde, Path temp) throws Exception {
        String name = pde.getFileName().toString().replace(".pde", "");
        Path sketch = temp.resolve("sketches/" + name);
        copyFolder(pde.getParent(), sketch);
        Path src = Files.createDirectories(temp.resolve("src/" + name)).resolve(name + ".java");
        Files.writeString(src, PdeSketch.toJava(name, Files.readString(pde)));
        Path classes = Files.createDirectories(temp.resolve("classes/" + name));
        List<Path> classPath = classPath(library);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream compilerOut = new ByteArrayOutputStream();
        int code = javac.run(null, compilerOut, compilerOut, "-d", classes.toString(), "-cp",
                String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()),
                "--release", "17", "-nowarn", src.toString());
        assertEquals(0, code, name + " does not compile:\n" + compilerOut + "\n" + Files.readString(src));

        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (Path jar : classPath) {
            urls.add(jar.toUri().toURL());
        }
        return new LibrarySketch(name, sketch,
                new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
    }

    /** A driver running this sketch without a window, {@code width} × {@code height}. */
    SketchDriver driver(int width, int height) throws Exception {
        return new SketchDriver(sketchClass, folder.toString(), width, height);
    }

    private static List<Path> classPath(Path library) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> jars = Files.list(library.resolve("library"))) {
            jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(out::add);
        }
        try {
            out.add(Path.of(processing.core.PApplet.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return out;
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
