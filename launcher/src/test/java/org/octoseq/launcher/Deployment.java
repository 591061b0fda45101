package org.octoseq.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A private copy of the built runtime for one integration test: the jars of {@code bundles/} in a temporary
 * deploy folder (so a test can add and remove bundles without touching the real one) and the launcher's
 * system folder.
 */
final class Deployment {

    final Path home;
    final Path bundles;
    final Path system;
    final Path examples;
    /** The web editor and its HTTP server (installed for {@code run} only). */
    final Path editor;

    Deployment(Path tempDir) throws IOException {
        Path builtBundles = Path.of(System.getProperty("octoseq.bundles.dir", "../bundles"));
        this.system = Path.of(System.getProperty("octoseq.system.dir", "target/system"));
        this.examples = builtBundles.resolve("examples");
        this.editor = builtBundles.resolve("editor");
        this.home = tempDir;
        this.bundles = tempDir.resolve("bundles");
        Files.createDirectories(bundles);
        try (Stream<Path> jars = Files.list(builtBundles)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, bundles.resolve(jar.getFileName()));
            }
        }
    }

    OctoseqRuntime start(PrintStream log) throws Exception {
        return OctoseqRuntime.start(bundles, system, false, log);
    }

    /** Drops a jar into the deploy folder the way a user should: copy beside it, then an atomic move. */
    void drop(Path jar) throws IOException {
        Path staging = Files.createTempDirectory(home, "staging");
        Path copy = Files.copy(jar, staging.resolve(jar.getFileName()));
        Files.move(copy, bundles.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs a Gogo command line and returns what it printed. */
    static String gogo(OctoseqRuntime runtime, String commandLine) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GogoShell.execute(runtime, commandLine, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            throw new AssertionError("'" + commandLine + "' exited " + code + ": " + err.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
