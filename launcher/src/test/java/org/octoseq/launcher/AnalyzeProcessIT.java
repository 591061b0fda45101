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
 * {@code octoseq analyze} as a user runs it: a separate JVM started from the launcher jar, with the deployed
 * bundles. A good file gives exit code 0 and the JSON of DESIGN section 8; a text file named {@code .wav} gives
 * a non-zero exit code, one line naming the file and the reason, and no JSON.
 */
class AnalyzeProcessIT {

    @TempDir
    Path temp;

    private record Run(int code, List<String> stderr) { }

    private Run analyze(Path audio, Path json) throws Exception {
        Deployment d = new Deployment(temp.resolve("home"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of("target/octoseq-launcher.jar").toAbsolutePath();
        Path err = temp.resolve("stderr.txt");
        Process p = new ProcessBuilder(java.toString(), "-Doctoseq.home=" + d.home,
                "-Doctoseq.system.dir=" + d.system.toAbsolutePath(), "-jar", jar.toString(),
                "analyze", audio.toString(), "--json", json.toString())
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("octoseq analyze did not finish within 120 s");
        }
        return new Run(p.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    @Test
    void aWavGivesTheDesignJson() throws Exception {
        Path wav = temp.resolve("mix.wav");
        DemoProject.writeWav(DemoTrack.mix(new DemoTrack().stems()), wav);
        Path json = temp.resolve("out/mix.json");
        Run run = analyze(wav, json);
        assertEquals(0, run.code(), run.stderr()::toString);
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
        assertFalse(Files.exists(json), "no JSON written");
        List<String> lines = run.stderr().stream().filter(l -> l.startsWith("octoseq analyze: ")).toList();
        assertEquals(List.of("octoseq analyze: " + notes + ": not a recognised audio file"), lines, run.stderr()::toString);
        assertTrue(run.stderr().stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")),
                run.stderr()::toString);
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new TreeSet<>();
        o.fieldNames().forEachRemaining(s::add);
        return s;
    }
}
