package octoseq.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built library zip as a user gets it: its layout, and every example sketch compiled with javac against
 * the zip's {@code library/*.jar} plus Processing core (as the PDE does), then run without a window for 60
 * frames in its own class loader — the runtime starting from the zip's {@code library/bundles/} — with no
 * exception and no error printed, and something drawn.
 */
class ExamplesIT {

    private static final int FRAMES = 60;

    @TempDir
    static Path temp;
    static Path library;

    @BeforeAll
    static void unzip() throws IOException {
        library = LibrarySketch.installLibrary(temp);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesAndRunsSixtyFrames() throws IOException {
        assertTrue(Files.isRegularFile(library.resolve("library.properties")));
        assertTrue(Files.readString(library.resolve("library.properties")).contains("categories = Sound"));
        assertTrue(Files.isRegularFile(library.resolve("library/octoseq.jar")));
        assertTrue(Files.isRegularFile(library.resolve("reference/octoseq/processing/Octoseq.html")));
        assertTrue(Files.isDirectory(library.resolve("library/bundles")));
        List<Path> examples;
        try (Stream<Path> files = Files.walk(library.resolve("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".pde")).sorted().toList();
        }
        Set<String> names = new HashSet<>();
        examples.forEach(p -> names.add(p.getFileName().toString().replace(".pde", "")));
        assertTrue(names.containsAll(List.of("BasicEnergy", "StemsAndBands", "BeatGrid", "ScriptedSketch")), names.toString());
        for (Path pde : examples) {
            String name = pde.getFileName().toString().replace(".pde", "");
            assertEquals(name, pde.getParent().getFileName().toString(), "examples/<Category>/<Name>/<Name>.pde");
        }
        return examples.stream().map(pde -> DynamicTest.dynamicTest(pde.getParent().getFileName().toString(),
                () -> compileAndRun(pde)));
    }

    private void compileAndRun(Path pde) throws Exception {
        String name = pde.getFileName().toString().replace(".pde", "");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        Thread thread = Thread.currentThread();
        ClassLoader oldContext = thread.getContextClassLoader();
        try (LibrarySketch sketch = LibrarySketch.build(library, pde, temp)) {
            PrintStream tee = new PrintStream(new Tee(console, oldOut), true, StandardCharsets.UTF_8);
            System.setOut(tee);
            System.setErr(tee);
            thread.setContextClassLoader(sketch.loader); // as in a sketch: the application class path
            SketchDriver driver = sketch.driver(320, 180);
            try {
                for (int i = 0; i <= FRAMES; i++) {
                    driver.frame();
                }
                assertEquals(FRAMES + 1, driver.frameCount());
                assertTrue(distinctColours(driver.pixels()) > 2, name + " drew nothing");
            } finally {
                driver.dispose();
            }
        } finally {
            thread.setContextClassLoader(oldContext);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String printed = console.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Octoseq " + Octoseq.VERSION), printed);
        assertFalse(printed.contains("Exception") || printed.toLowerCase().contains("error"), name + " printed:\n" + printed);
    }

    private static int distinctColours(int[] pixels) {
        Set<Integer> colours = new HashSet<>();
        for (int p : pixels) {
            colours.add(p);
            if (colours.size() > 10) {
                break;
            }
        }
        return colours.size();
    }

    /** Writes to two streams. */
    static final class Tee extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        Tee(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }

}
