package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.launcher.demo.DemoProject;
import org.octoseq.launcher.demo.DemoTrack;

/**
 * Normalisation is real in playback (spec §3.10, PROPOSED): in the real runtime, with the demo project analysed
 * by the MIR bundle, {@code inputs.mix.energy.normalise.robust()} read every frame of ordinary 30 fps playback
 * over the whole track stays within [0, 1] and spans at least [0.05, 0.95] — it is computed from the track's
 * statistics, not passed through. (The raw demo energy is an RMS loudness that does not span 0..1.)
 */
class NormalisationIT {

    private static final Pattern SUMMARY = Pattern.compile(
            "log: frames (\\d+) robust (\\S+) (\\S+) outside (\\d+) raw (\\S+) (\\S+)");

    @TempDir
    Path temp;

    @Test
    void robustNormalisationOfTheDemoEnergySpansZeroToOneOverTheTrack() throws Exception {
        Path demo = temp.resolve("demo");
        DemoProject.ensure(demo);
        Path script = Files.writeString(temp.resolve("normalise.js"), """
                var robust = inputs.mix.energy.normalise.robust();
                var lo = Infinity, hi = -Infinity, rawLo = Infinity, rawHi = -Infinity, outside = 0, frames = 0;
                function update(dt, frame) {
                  var v = robust.value();
                  if (!(v >= 0 && v <= 1)) outside++;
                  lo = Math.min(lo, v); hi = Math.max(hi, v);
                  rawLo = Math.min(rawLo, frame.energy); rawHi = Math.max(rawHi, frame.energy);
                  frames++;
                  log.info('frames ' + frames + ' robust ' + lo + ' ' + hi + ' outside ' + outside + ' raw ' + rawLo + ' ' + rawHi);
                }
                """);
        int frames = (int) (DemoTrack.DURATION_SEC * 30);
        try (ShowHost host = new ShowHost(new Deployment(temp)); OpenProject project = host.open(demo);
             ScriptSession s = host.scripts.load(script)) {
            for (int f = 0; f < frames; f++) {
                s.frame(Transport.ofFrame(f, 30), null);
            }
            List<Diagnostic> errors = s.diagnostics().stream().filter(Diagnostic::isError).toList();
            assertTrue(errors.isEmpty(), errors::toString);
            assertTrue(s.diagnostics().stream().noneMatch(d -> d.message().contains("passing values through")),
                    s.diagnostics()::toString);
            String last = s.diagnostics().stream().map(Diagnostic::message).filter(m -> m.startsWith("log: frames " + frames + " "))
                    .findFirst().orElse(null);
            assertNotNull(last, () -> "no summary after " + frames + " frames: " + s.diagnostics());
            Matcher m = SUMMARY.matcher(last);
            assertTrue(m.matches(), last);
            System.out.println("NormalisationIT: " + last);
            double lo = Double.parseDouble(m.group(2));
            double hi = Double.parseDouble(m.group(3));
            assertTrue(Integer.parseInt(m.group(4)) == 0, "values outside [0, 1]: " + last);
            assertTrue(lo <= 0.05 && hi >= 0.95, "robust() should span [0.05, 0.95] at least: " + last);
            double rawLo = Double.parseDouble(m.group(5));
            double rawHi = Double.parseDouble(m.group(6));
            assertTrue(rawHi - rawLo < 0.9 || rawLo > 0.05, "the raw energy already spans 0..1, so this proves nothing: " + last);
        }
    }
}
