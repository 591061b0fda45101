package octoseq.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live changes inside a sketch built against the library zip: saving the script reloads it (a broken save
 * keeps the running version and reports the error), and a provider bundle dropped into the library's
 * {@code library/bundles/} folder adds its signal to the running sketch, which loses it again when the bundle
 * is removed. The sketch runs without a window, frame after frame, while the test changes things.
 */
class SketchLiveIT {

    private static final long TIMEOUT_MS = 30_000;

    @TempDir
    Path temp;

    @Test
    void scriptReloadsAndBundlesHotSwapWhileTheSketchRuns() throws Exception {
        Path library = LibrarySketch.installLibrary(temp);
        Path pde = Path.of(System.getProperty("octoseq.test.sketches", "src/test/sketches"), "LiveSketch/LiveSketch.pde");
        Thread thread = Thread.currentThread();
        ClassLoader oldContext = thread.getContextClassLoader();
        try (LibrarySketch sketch = LibrarySketch.build(library, pde, temp)) {
            thread.setContextClassLoader(sketch.loader);
            SketchDriver driver = sketch.driver(160, 90);
            try {
                Path script = sketch.folder.resolve("data/live.js");
                runUntil(driver, () -> centre(driver) == 0xffff0000, "the script draws its red box");

                Files.writeString(script, Files.readString(script).replace("255, 0, 0", "0, 255, 0"));
                runUntil(driver, () -> centre(driver) == 0xff00ff00, "the saved script (green) runs");

                Files.writeString(script, "function draw(g) { g.fill(0, 0, 255; }\n");
                runUntil(driver, () -> Arrays.stream(diagnostics(sketch, driver)).anyMatch(d -> d.contains("error")),
                        "the broken save is reported");
                for (int i = 0; i < 10; i++) {
                    driver.frame();
                }
                assertEquals(0xff00ff00, centre(driver), "the last good version keeps running");

                assertFalse(List.of(call(sketch, driver, "customSignals")).contains("LFO"));
                Path lfo = Path.of(System.getProperty("octoseq.examples.dir", "../bundles/examples"),
                        "example-lfo-provider.jar");
                Path staging = Files.createDirectories(temp.resolve("staging")).resolve(lfo.getFileName());
                Files.copy(lfo, staging);
                Path dropped = library.resolve("library/bundles").resolve(lfo.getFileName());
                Files.move(staging, dropped, StandardCopyOption.ATOMIC_MOVE);
                runUntil(driver, () -> List.of(call(sketch, driver, "customSignals")).contains("LFO"),
                        "the dropped LFO bundle's signal appears");
                float[] values = new float[30];
                for (int i = 0; i < values.length; i++) {
                    driver.frame();
                    Thread.sleep(20);
                    values[i] = (Float) sketch.sketchClass.getMethod("lfo").invoke(driver.sketch());
                }
                float min = Float.MAX_VALUE;
                float max = -Float.MAX_VALUE;
                for (float v : values) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                assertTrue(max > min, "the LFO moves: " + Arrays.toString(values));

                Files.delete(dropped);
                runUntil(driver, () -> !List.of(call(sketch, driver, "customSignals")).contains("LFO"),
                        "the LFO goes when its bundle is removed");
            } finally {
                driver.dispose();
            }
        } finally {
            thread.setContextClassLoader(oldContext);
        }
    }

    private static int centre(SketchDriver driver) {
        try {
            int[] pixels = driver.pixels();
            return pixels[45 * 160 + 80];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] call(LibrarySketch sketch, SketchDriver driver, String method) {
        try {
            Method m = sketch.sketchClass.getMethod(method);
            return (String[]) m.invoke(driver.sketch());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] diagnostics(LibrarySketch sketch, SketchDriver driver) {
        return call(sketch, driver, "diagnostics");
    }

    /** Runs frames (about 30 a second) until {@code done}, failing after {@link #TIMEOUT_MS}. */
    private static void runUntil(SketchDriver driver, BooleanSupplier done, String what) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            driver.frame();
            if (done.getAsBoolean()) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("within " + TIMEOUT_MS / 1000 + " s: " + what);
            }
            Thread.sleep(30);
        }
    }
}
