package org.octoseq.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests need from outside Java (node, chromium, npm packages). A missing one skips the test with
 * a message saying how to get it, unless {@code OCTOSEQ_REQUIRE_TOOLS=1} (set by {@code .ci/run}), where it
 * fails instead: CI never skips.
 */
final class ExternalTools {

    static final String REQUIRE = "OCTOSEQ_REQUIRE_TOOLS";

    private ExternalTools() {
    }

    /** The first of {@code names} found on the PATH (or as an absolute path), else skip or fail. */
    static Path require(String why, String install, String... names) {
        Optional<Path> found = find(names);
        if (found.isEmpty()) {
            String message = why + " needs " + String.join(" or ", names) + " (" + install + ")";
            if ("1".equals(System.getenv(REQUIRE))) {
                throw new AssertionError(message + "; " + REQUIRE + "=1, so this is a failure, not a skip");
            }
            Assumptions.abort("skipped: " + message + "; set " + REQUIRE + "=1 to make this a failure");
        }
        return found.get();
    }

    static Optional<Path> find(String... names) {
        for (String n : names) {
            Path p = Path.of(n);
            if (p.isAbsolute() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path c = Path.of(dir, n);
                if (Files.isExecutable(c)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Extracts a folder of a jar on the test class path (a WebJar, e.g. the TypeScript compiler) into
     * {@code target} and returns where it went.
     *
     * @param aFile a file in that folder (jars need not list their folders)
     */
    static Path extract(String resourceFolder, String aFile, Path target) throws IOException {
        URL url = ExternalTools.class.getClassLoader().getResource(resourceFolder + "/" + aFile);
        if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
            throw new IllegalStateException(resourceFolder + " is not in a jar on the test class path");
        }
        String prefix = resourceFolder.endsWith("/") ? resourceFolder : resourceFolder + "/";
        try (JarFile jf = jar.getJarFile()) {
            List<JarEntry> entries = new ArrayList<>();
            jf.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()).forEach(entries::add);
            for (JarEntry e : entries) {
                Path out = target.resolve(e.getName().substring(prefix.length()));
                Files.createDirectories(out.getParent());
                try (InputStream in = jf.getInputStream(e)) {
                    Files.copy(in, out);
                }
            }
        }
        return target;
    }

    /** The result of running a program. */
    record Run(int code, String output) {
    }

    /** Runs a program in {@code dir}, stdout and stderr together, at most {@code seconds}. */
    static Run run(Path dir, long seconds, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run-", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s: "
                    + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }
}
