package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.launcher.demo.DemoProject;

/**
 * {@code octoseq typings} on the demo project (with a band on the mix and one on the Drums stem) in the real
 * runtime, then the TypeScript compiler (the {@code typescript} WebJar, run with the machine's node) on
 * {@code // @ts-check} scripts against the generated file: valid paths pass, misspelt keys and members fail.
 */
class TypingsIT {

    @TempDir
    Path temp;

    private static final String GOOD = """
            // @ts-check
            var kick = inputs.stems["Drums"].bands["Kick"].energy.smooth.exponential(0.1, 0.5);
            var same = inputs.stems["stem-drums"].bands["band-kick"].onsetPeaks;
            var low = inputs.mix.bands["Low"].onsetPeaks.to_signal({envelope: "attack_decay", decay_beats: 0.5});
            var level = inputs.mix.energy.normalise.robust().map(0, 1, 20, 200);
            var first = inputs.mix.onsetPeaks.get(0);
            function update(dt, frame) {
              var v = kick.value() + low.value() + timing.beatPhase.value() + frame.energy;
              if (first) log.info(first.time + v + same.len());
              probe('v', level);
            }
            """;

    private static final String BAD = """
            // @ts-check
            var low = inputs.mix.bands["Lwo"].energy;
            var pad = inputs.stems["Padd"].energy;
            var kick = inputs.stems["Drums"].bands["Kik"].onsetPeaks;
            var loud = inputs.mix.enrgy;
            var wrong = timing.beatPhase.smooth.exponentail(0.1, 0.5);
            """;

    @Test
    void generatedTypingsCompleteRealKeysAndCatchMisspellings() throws Exception {
        Path show = temp.resolve("demo");
        DemoProject.ensure(show);
        Path projectJson = show.resolve("project.json");
        Files.writeString(projectJson, Files.readString(projectJson).replace("\"script\":", """
                "bands": [{"id": "band-low", "label": "Low", "source": "mix", "lowHz": 20, "highHz": 150},
                            {"id": "band-kick", "label": "Kick", "source": "stem-drums", "lowHz": 30, "highHz": 120}],
                  "script":"""));
        Path dts = temp.resolve("out/octoseq.d.ts");
        try (OctoseqRuntime runtime = new Deployment(temp.resolve("home")).start(System.err)) {
            assertEquals(0, runtime.command("typings", show.toString(), "--out", dts.toString()));
        }
        String text = Files.readString(dts);
        for (String key : List.of("\"Drums\"", "\"stem-drums\"", "\"Pad\"", "\"Kick\"", "\"band-kick\"", "\"Low\"")) {
            assertTrue(text.contains("readonly " + key + ": "), key + " is a literal key in\n" + text);
        }

        Path node = ExternalTools.require("checking the typings with the TypeScript compiler", "apt-get install nodejs",
                "node", "nodejs");
        Path tsc = ExternalTools.extract("META-INF/resources/webjars/typescript/" + System.getProperty("typescript.version",
                "5.7.3") + "/lib", "tsc.js", temp.resolve("typescript")).resolve("tsc.js");
        Path dir = dts.getParent();
        Files.writeString(dir.resolve("good.js"), GOOD);
        Files.writeString(dir.resolve("bad.js"), BAD);
        ExternalTools.Run good = tsc(node, tsc, dir, "good.js");
        assertEquals(0, good.code(), "valid paths must compile:\n" + good.output());
        ExternalTools.Run bad = tsc(node, tsc, dir, "bad.js");
        assertTrue(bad.code() != 0, "misspellings must fail:\n" + bad.output());
        for (String line : List.of("bad.js(2,", "bad.js(3,", "bad.js(4,", "bad.js(5,", "bad.js(6,")) {
            assertTrue(bad.output().contains(line), "an error on " + line + "):\n" + bad.output());
        }
        assertTrue(bad.output().contains("NotAKey<\"Low\" | \"band-low\">"), "the error lists the real band keys:\n"
                + bad.output());
        assertTrue(bad.output().contains("Did you mean 'energy'?"), bad.output());
    }

    private static ExternalTools.Run tsc(Path node, Path tsc, Path dir, String script) throws Exception {
        return ExternalTools.run(dir, 120, List.of(node.toString(), tsc.toString(), "--noEmit", "--allowJs", "--checkJs",
                "--target", "es2015", "--lib", "es2015", "--pretty", "false", "octoseq.d.ts", script));
    }
}
