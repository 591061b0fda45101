package org.octoseq.mir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Command-line tools a test needs to make its fixtures (e.g. {@code lame} to encode an MP3). A missing tool
 * skips the test on a developer's machine, but fails it when the environment variable
 * {@value #REQUIRE} is set (as {@code .ci/run} does), so CI always runs these tests.
 */
public final class ExternalTools {

    /** Set (to anything) to make a missing tool a test failure instead of a skip. */
    public static final String REQUIRE = "OCTOSEQ_REQUIRE_TOOLS";

    private ExternalTools() {
    }

    /** The path of {@code tool} on the {@code PATH}; skips or fails the calling test when it is missing. */
    public static Path require(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = tool + " is not installed (.ci/run installs it)";
        if (System.getenv(REQUIRE) != null) {
            fail(why + ", and " + REQUIRE + " is set");
        }
        assumeTrue(false, why + "; set " + REQUIRE + " to make this a failure");
        return null;
    }

    /** Runs {@code tool args...}, failing the test if it does not exit 0 within a minute. */
    public static void run(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(require(tool).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish within 60 s");
        }
        assertEquals(0, p.exitValue(), () -> command + " failed: " + new String(output, StandardCharsets.UTF_8));
    }
}
