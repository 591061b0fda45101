package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.launcher.demo.DemoProject;

/**
 * The script host's commands in a real framework, on a show folder written here (a 2 s generated WAV):
 * {@code trace} is deterministic (here and on the demo project) and records probes, {@code check} reports errors
 * with file:line:col and exit codes that say what went wrong, a runaway {@code update} is cut by its budget, and
 * sandbox escapes are refused.
 */
class ScriptCommandsIT {

    @TempDir
    static Path temp;

    private static OctoseqRuntime runtime;
    private static Path show;

    @BeforeAll
    static void start() throws Exception {
        runtime = new Deployment(temp.resolve("home")).start(System.err);
        show = temp.resolve("show");
        Files.createDirectories(show.resolve("audio"));
        Files.createDirectories(show.resolve("scripts"));
        writeTone(show.resolve("audio/mix.wav"), 2.0);
        Files.writeString(show.resolve("project.json"), "{\"name\": \"IT\", \"mix\": \"audio/mix.wav\"}");
        Files.writeString(show.resolve("scripts/main.js"), """
                var n = 0;
                var e = inputs.mix.energy;
                function init(ctx) { ctx.state.started = true; }
                function update(dt, frame) {
                  n++;
                  probe('n', n);
                  probe('time', frame.time);
                  probe('energy', e);
                }
                """);
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    /** A 440 Hz tone that fades in, 16-bit mono 44.1 kHz. */
    private static void writeTone(Path file, double seconds) throws Exception {
        int rate = 44100;
        int n = (int) (seconds * rate);
        ByteBuffer pcm = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            pcm.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 12000 * i / n));
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, n),
                AudioFileFormat.Type.WAVE, file.toFile());
    }

    private record Run(int code, String out, String err) {
    }

    /** Runs a command service the way {@code ./octoseq NAME ...} does, capturing what it prints. */
    private static Run command(String name, String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = runtime.command(name, args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void traceIsByteIdenticalAcrossRunsAndHasOneValuePerFrame() throws Exception {
        Path a = temp.resolve("a.json");
        Path b = temp.resolve("b.json");
        Run first = command("trace", show.toString(), "--fps", "60", "--seconds", "1.5", "--out", a.toString());
        assertEquals(0, first.code(), first.err());
        Run second = command("trace", show.toString(), "--fps", "60", "--seconds", "1.5", "--out", b.toString());
        assertEquals(0, second.code(), second.err());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "trace output must be byte-identical");

        JsonNode trace = new ObjectMapper().readTree(a.toFile());
        assertEquals(60, trace.get("fps").asInt());
        assertEquals(90, trace.get("frames").asInt());
        JsonNode probes = trace.get("probes");
        assertEquals(90, probes.get("n").size());
        assertEquals(90.0, probes.get("n").get(89).asDouble());
        assertEquals(1.0, probes.get("time").get(60).asDouble(), 1e-9);
        assertTrue(probes.get("energy").get(80).asDouble() > probes.get("energy").get(10).asDouble(),
                "the fading-in tone gets louder: " + probes.get("energy"));
        assertEquals(0, trace.get("diagnostics").size(), trace.toString());
    }

    @Test
    void checkReportsErrorsWithFileLineAndColumnAndExitsNonZero() throws Exception {
        Path broken = show.resolve("scripts/broken.js");
        Files.writeString(broken, "function update(dt, frame) {\n  var x = ;\n}\n");
        Run run = command("check", show.toString(), broken.toString());
        assertEquals(3, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("broken.js:2:11: parse error [compile]"), run.out());

        Run ok = command("check", show.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("main.js: ok"), ok.out());
    }

    /**
     * The API model against the real runtime with every bundle deployed, through {@code check}'s guardrails:
     * here the Processing bundle's {@code assets} and {@code mesh} globals are bound too (bundle-script's own
     * tests cannot see them), and any difference would be printed as a guardrail.
     */
    @Test
    void theApiModelMatchesTheRuntimeWithEveryBundleDeployed() throws Exception {
        Path script = show.resolve("scripts/api.js");
        Files.writeString(script, "log.warn('assets is ' + describe(assets).name + ', mesh is ' + describe(mesh).name"
                + " + ', gen is ' + describe(gen).name);\n");
        Run run = command("check", show.toString(), script.toString());
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("log: assets is Assets, mesh is Mesh, gen is Generators"), run.out());
        assertTrue(!run.out().contains("guardrail"), "no guardrail (model drift, unbound keys, old names): " + run.out());
    }

    /**
     * The guardrails in the real runtime, positive case: a custom signal that project.json defines but whose
     * analysis was left out (its stem does not exist) and an old Octoseq name in the script are both printed by
     * {@code check}, with the key and the line, while the script itself checks clean.
     */
    @Test
    void checkPrintsTheGuardrailsOfAKeyThatDoesNotReachTheScriptAndOfAnOldName() throws Exception {
        Path guarded = temp.resolve("guarded");
        Files.createDirectories(guarded.resolve("audio"));
        Files.createDirectories(guarded.resolve("scripts"));
        Files.copy(show.resolve("audio/mix.wav"), guarded.resolve("audio/mix.wav"));
        Files.writeString(guarded.resolve("project.json"), """
                {"name": "guarded", "mix": "audio/mix.wav", "customSignals": [
                  {"id": "sig-low", "function": "melSpectrogram", "reduction": "mean", "lowHz": 20, "highHz": 150},
                  {"id": "sig-gone", "source": "stem-nope", "function": "mfcc", "reduction": "mean"}]}
                """);
        Files.writeString(guarded.resolve("scripts/main.js"), """
                var low = inputs.customSignals['sig-low'];
                function update(dt, frame) {
                  if (dt < 0) { var old = inputs.spectralCentroid; }
                }
                """);
        Run run = command("check", guarded.toString());
        assertEquals(0, run.code(), "guardrails are warnings: " + run.out() + run.err());
        assertTrue(run.out().contains("guardrail") && run.out().contains("'sig-gone'")
                && run.out().contains("has no key 'sig-gone'") && !run.out().contains("has no key 'sig-low'"),
                "the custom signal that does not reach the script, and only that one: " + run.out());
        assertTrue(run.out().contains("inputs.spectralCentroid is a name of the original Octoseq engine: use inputs.mix.centroid"),
                "the old name, with its replacement: " + run.out());
    }

    @Test
    void aRunawayUpdateIsCutAndTheTraceStillFinishes() throws Exception {
        Path runaway = show.resolve("scripts/runaway.js");
        Files.writeString(runaway, "var n = 0;\nfunction update(dt, frame) {\n  n++; probe('n', n);\n"
                + "  if (n === 5) { while (true) {} }\n}\n");
        Path out = temp.resolve("runaway.json");
        long t0 = System.nanoTime();
        Run run = command("trace", show.toString(), "--script", runaway.toString(), "--seconds", "0.5", "--out",
                out.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, run.code(), run.err());
        JsonNode trace = new ObjectMapper().readTree(out.toFile());
        assertEquals(30, trace.get("probes").get("n").size());
        assertEquals(30.0, trace.get("probes").get("n").get(29).asDouble(), "every other frame ran");
        JsonNode d = trace.get("diagnostics").get(0);
        assertEquals("update took longer than 50 ms and was stopped", d.get("message").asText());
        assertEquals("scripts/runaway.js", d.get("location").get("file").asText());
        assertEquals(4, d.get("location").get("line").asInt());
        assertTrue(seconds < 10, "took " + seconds + " s");
    }

    /** Acceptance (c): every way out of the sandbox in this list is refused with a diagnostic naming it. */
    @Test
    void sandboxEscapesAreRefusedWithDiagnostics() throws Exception {
        String[] escapes = {
            "java.lang.Runtime.getRuntime().exec('touch PWNED')",                      // Runtime.exec
            "Java.type('java.lang.Runtime').getRuntime().exec('touch PWNED')",         // Java.type of a blocked class
            "Java.type('java.lang.ProcessBuilder')",                                   // processes
            "log.getClass().forName('java.lang.Runtime')",                             // reflection via getClass
            "log.getClass().getClassLoader().loadClass('java.lang.Runtime')",          // reflection via the loader
            "Java.type('java.lang.System').exit(1)",                                   // System.exit
            "exit(1)",                                                                 // Nashorn's exit
            "quit()",
            "new java.io.FileWriter('PWNED').write('x')",                              // file write
            "Java.type('java.nio.file.Files').writeString(Java.type('java.nio.file.Path').of('PWNED'), 'x')",
            "load('file:/etc/passwd')",                                                // file read
            "Java.type('java.net.Socket')",                                            // network
            "Packages.java.lang.System.exit(1)",
            "new java.lang.Thread(function () {}).start()",                            // threads
            "new JavaImporter(java.io)",
            "engine.getFactory().getScriptEngine().eval('1')",                         // an engine without the filter
        };
        for (String escape : escapes) {
            Path script = show.resolve("scripts/escape.js");
            Files.writeString(script, "function update(dt, frame) {\n  " + escape + ";\n}\n");
            Run run = command("check", show.toString(), script.toString());
            assertEquals(3, run.code(), escape + ": " + run.out() + run.err());
            assertTrue(run.out().contains("escape.js:2: runtime error [update]") && run.out().contains("not available"),
                    escape + ": " + run.out());
        }
        assertTrue(!Files.exists(Path.of("PWNED")) && !Files.exists(show.resolve("PWNED")));
    }

    @Test
    void checkExitCodesSayWhatWentWrong() throws Exception {
        Run usage = command("check");
        assertEquals(1, usage.code());
        assertTrue(usage.err().startsWith("octoseq check: missing PROJECT (usage: octoseq check PROJECT [SCRIPT])"), usage.err());

        Run noProject = command("check", temp.resolve("no-such-show").toString());
        assertEquals(1, noProject.code(), noProject.out() + noProject.err());
        assertTrue(noProject.err().contains("no-such-show") && noProject.err().lines().count() == 1, noProject.err());

        Run noScript = command("check", show.toString(), show.resolve("scripts/missing.js").toString());
        assertEquals(1, noScript.code());
        assertTrue(noScript.err().contains("no script at") && noScript.err().contains("missing.js"), noScript.err());

        Path warns = Files.writeString(show.resolve("scripts/warns.js"),
                "function update(dt, frame) {\n  var x = inputs.mix.nothingHere;\n}\n");
        Run warnings = command("check", show.toString(), warns.toString());
        assertEquals(0, warnings.code(), "warnings are no errors: " + warnings.out());
        assertTrue(warnings.out().contains("inputs.mix has no key 'nothingHere'")
                && warnings.out().contains("warns.js: ok (0 errors, 1 warnings"), warnings.out());
    }

    /**
     * {@code trace} of the demo project (its generated track, stems and analysis) with a script that probes
     * signals with state: two runs give the same bytes, the second reading the analysis cache the first wrote.
     */
    @Test
    void traceOfTheDemoProjectIsByteIdenticalAcrossRuns() throws Exception {
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Path probes = Files.writeString(demo.resolve("scripts/probes.js"), """
                var smooth = inputs.mix.energy.smooth.exponential(0.5, 0.5).probe('smoothEnergy');
                function update(dt, frame) {
                  probe('energy', frame.energy);
                  probe('drums', inputs.stems['Drums'].energy);
                  probe('beatPhase', frame.beatPhase);
                  smooth.value();
                }
                """);
        Path a = temp.resolve("demo-a.json");
        Path b = temp.resolve("demo-b.json");
        for (Path out : List.of(a, b)) {
            Run run = command("trace", demo.toString(), "--script", probes.toString(), "--fps", "60", "--seconds", "6",
                    "--out", out.toString());
            assertEquals(0, run.code(), run.err());
        }
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "trace output must be byte-identical");
        JsonNode trace = new ObjectMapper().readTree(a.toFile());
        assertEquals(360, trace.get("frames").asInt());
        for (String name : List.of("energy", "drums", "beatPhase", "smoothEnergy")) {
            JsonNode values = trace.get("probes").get(name);
            assertEquals(360, values.size(), name);
            Set<Double> distinct = new HashSet<>();
            values.forEach(v -> distinct.add(v.asDouble()));
            assertTrue(distinct.size() > 10, name + " follows the music: " + values);
        }
        assertEquals(0, trace.get("diagnostics").size(), trace.get("diagnostics").toString());
    }

    @Test
    void sessionCommandsAnswerInGogo() throws Exception {
        String status = Deployment.gogo(runtime, "octoseq:status");
        assertTrue(status.contains("namespace version"), status);
        String reload = Deployment.gogo(runtime, "octoseq:reload");
        assertTrue(reload.contains("reloading"), reload);
    }
}
