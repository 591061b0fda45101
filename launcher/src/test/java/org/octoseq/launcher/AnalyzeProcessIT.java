package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.launcher.demo.DemoProject;
import org.octoseq.launcher.demo.DemoTrack;

/**
 * {@code octoseq analyze} (and {@code import}) as a user runs it: a separate JVM started from the launcher jar, with
 * the deployed bundles, of which only bundle-mir and Declarative Services are started (the commands are standalone).
 * A good file gives exit code 0 and the JSON of DESIGN section 8; a text file named {@code .wav} gives a non-zero exit
 * code, one line naming the file and the reason, and no JSON.
 */
class AnalyzeProcessIT {

    @TempDir
    Path temp;

    private record Run(int code, List<String> stderr) { }

    private Run analyze(Path audio, Path json) throws Exception {
        return octoseq("analyze", audio.toString(), "--json", json.toString());
    }

    /** {@code octoseq ARGS} in a JVM of its own, as {@code ./octoseq} starts it. */
    private Run octoseq(String... args) throws Exception {
        Deployment d = new Deployment(temp.resolve("home"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of("target/octoseq-launcher.jar").toAbsolutePath();
        Path err = temp.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Doctoseq.home=" + d.home,
                "-Doctoseq.system.dir=" + d.system.toAbsolutePath(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("octoseq " + args[0] + " did not finish within 120 s");
        }
        return new Run(p.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    /** Whether the command ran in the framework that starts only bundle-mir and Declarative Services. */
    private static boolean ranStandalone(Run run, String command) {
        return run.stderr().stream().anyMatch(l -> l.startsWith("octoseq: org.octoseq.mir started for " + command
                + " (standalone)"));
    }

    @Test
    void aWavGivesTheDesignJson() throws Exception {
        Path wav = temp.resolve("mix.wav");
        DemoProject.writeWav(DemoTrack.mix(new DemoTrack().stems()), wav);
        Path json = temp.resolve("out/mix.json");
        Run run = analyze(wav, json);
        assertEquals(0, run.code(), run.stderr()::toString);
        assertTrue(ranStandalone(run, "analyze"), run.stderr()::toString);
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertEquals(wav.toString(), j.get("source").asText());
        assertEquals(DemoTrack.DURATION_SEC, j.get("durationSec").asDouble(), 1e-6);
        assertEquals(DemoTrack.SAMPLE_RATE, j.get("sampleRate").asInt());
        assertEquals(DemoTrack.BPM, j.get("tempo").get("bpm").asDouble(), DemoTrack.BPM * 0.04);
        for (String f : List.of("confidence", "beatOffsetSec")) {
            assertTrue(j.get("tempo").get(f).isNumber(), f);
        }
        JsonNode segment = j.get("tempo").get("segments").get(0);
        assertEquals(Set.of("startSec", "endSec", "bpm", "phaseOffsetSec"), names(segment));
        assertEquals(Set.of("beatCandidates", "onsetPeaks"), names(j.get("events")));
        assertTrue(j.get("events").get("beatCandidates").size() > 20);
        assertEquals(Set.of("time", "weight"), names(j.get("events").get("onsetPeaks").get(0)));
        assertEquals(Set.of("energy", "centroid", "flux", "onset"), names(j.get("signals")));
        for (JsonNode s : j.get("signals")) {
            assertEquals(100.0, s.get("rate").asDouble());
            assertEquals(2400, s.get("values").size());
        }
    }

    @Test
    void aTextFileNamedWavFailsCleanly() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.wav"), "these are not samples\n".repeat(40));
        Path json = temp.resolve("notes.json");
        Run run = analyze(notes, json);
        assertTrue(run.code() != 0, "exit code " + run.code());
        assertTrue(ranStandalone(run, "analyze"), run.stderr()::toString);
        assertFalse(Files.exists(json), "no JSON written");
        List<String> lines = run.stderr().stream().filter(l -> l.startsWith("octoseq analyze: ")).toList();
        assertEquals(List.of("octoseq analyze: " + notes + ": not a recognised audio file"), lines, run.stderr()::toString);
        assertTrue(run.stderr().stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
                run.stderr()::toString);
    }

    /** {@code import} is standalone too: the package becomes a show folder with only bundle-mir started. */
    @Test
    void importRunsInTheStandaloneFrameworkToo() throws Exception {
        Path pkg = temp.resolve("interpretation-package-v1.json");
        new ObjectMapper().writeValue(pkg.toFile(), PackageImportIT.fixture(new java.util.LinkedHashMap<>()));
        Path show = temp.resolve("imported");
        Run run = octoseq("import", pkg.toString(), "--out", show.toString());
        assertEquals(0, run.code(), run.stderr()::toString);
        assertTrue(ranStandalone(run, "import"), run.stderr()::toString);
        JsonNode project = new ObjectMapper().readTree(show.resolve("project.json").toFile());
        assertTrue(project.has("mix"), project::toString);
        assertTrue(Files.readString(show.resolve("scripts/main.js")).contains("NEEDS PORTING"));
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new TreeSet<>();
        o.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
