package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot-swap in a real framework: a bundle dropped into the watched folder that registers a stem analysis makes
 * the stem appear in the namespace snapshot; deleting the jar removes it again. Nothing restarts.
 */
class HotSwapIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    private final ObjectMapper json = new ObjectMapper();

    /** The namespace as JSON; waits for the command, which SCR and Gogo register a moment after the bundles start. */
    private JsonNode namespace(OctoseqRuntime runtime) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return json.readTree(Deployment.gogo(runtime, "octoseq:namespace"));
            } catch (AssertionError notYet) {
                if (!String.valueOf(notYet.getMessage()).contains("Command not found") || System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }

    private JsonNode await(OctoseqRuntime runtime, Predicate<JsonNode> condition, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode ns = namespace(runtime);
        while (!condition.test(ns)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; namespace is " + ns);
            }
            Thread.sleep(50);
            ns = namespace(runtime);
        }
        return ns;
    }

    @Test
    void aStemProviderBundleDroppedInAndDeletedAppearsAndDisappears() throws Exception {
        Deployment d = new Deployment(temp);
        try (OctoseqRuntime runtime = d.start(System.err)) {
            JsonNode before = namespace(runtime);
            assertEquals(0, before.get("stems").size(), before::toString);
            long v0 = before.get("version").asLong();

            d.drop(d.examples.resolve("example-stem-provider.jar"));
            JsonNode with = await(runtime, ns -> ns.get("stems").has("stem-drums"), "the Drums stem to appear");
            JsonNode drums = with.get("stems").get("stem-drums");
            assertEquals("Drums", drums.get("label").asText());
            assertTrue(drums.get("signals").toString().contains("energy"), drums::toString);
            assertTrue(drums.get("events").toString().contains("onsetPeaks"), drums::toString);
            assertTrue(with.get("version").asLong() > v0);

            Files.delete(d.bundles.resolve("example-stem-provider.jar"));
            JsonNode after = await(runtime, ns -> ns.get("stems").isEmpty(), "the Drums stem to disappear");
            assertTrue(after.get("version").asLong() > with.get("version").asLong());
            assertTrue(runtime.bundle("org.octoseq.example-stem-provider") == null, "the bundle is uninstalled");
        }
    }
}
