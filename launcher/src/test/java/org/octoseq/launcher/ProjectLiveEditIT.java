package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.OpenProject;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;

/**
 * project.json, event files and the beat grid edited while a script runs, in a real framework with the real bundles:
 * a custom signal added to project.json shows up in the running script within a few frames; broken JSON leaves the
 * last valid project in force with a diagnostic naming the line; the fix is applied. Event files and the beat-grid
 * override follow the same way, and the console says which grid is active.
 */
class ProjectLiveEditIT {

    private static final String SCRIPT = """
            function update(dt, frame) {
              var cs = inputs.customSignals, ev = inputs.customEvents;
              var bass = ('Bass' in cs) ? (cs['Bass'].value() > 0.01 ? 'loud' : 'quiet') : 'absent';
              var hits = ('Hits' in ev) ? ev['Hits'].len() : -1;
              var drops = ('Drops' in ev) ? ev['Drops'].len() : -1;
              log.info('bass ' + bass + ' hits ' + hits + ' drops ' + drops + ' bpm ' + timing.bpm.value());
            }
            """;

    @TempDir
    Path temp;

    private ScriptSession session;
    private long frame;

    /** Copies everything written to it to the real stream too. */
    private static final class Tee extends OutputStream {
        final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        final PrintStream real;

        Tee(PrintStream real) {
            this.real = real;
        }

        @Override
        public synchronized void write(int b) {
            copy.write(b);
            real.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            copy.write(b, off, len);
            real.write(b, off, len);
        }

        synchronized String text() {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    private String lastLog() {
        List<Diagnostic> all = session.diagnostics();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).message().startsWith("log: ")) {
                return all.get(i).message().substring(5);
            }
        }
        return "";
    }

    /** Runs frames at 60 fps in real time until the script logs what {@code expected} wants; returns the milliseconds. */
    private long framesUntil(Predicate<String> expected, String what) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            session.frame(Transport.ofFrame(frame++ % 300 + 60, 60), null);
            if (expected.test(lastLog())) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                throw new AssertionError(what + " not seen within 30 s; last log: " + lastLog());
            }
            Thread.sleep(16);
        }
    }

    @Test
    void editsOfProjectJsonEventFilesAndTheBeatGridReachTheRunningScript() throws Exception {
        Path show = temp.resolve("show");
        ShowFiles.wav(show.resolve("audio/mix.wav"), ShowFiles.sine(110, 0.5, 4));
        Files.writeString(show.resolve("project.json"), "{\"mix\": \"audio/mix.wav\"}");
        Path script = Files.writeString(temp.resolve("main.js"), SCRIPT);
        PrintStream err = System.err;
        Tee console = new Tee(err);
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        try (ShowHost host = new ShowHost(new Deployment(temp)); OpenProject project = host.open(show)) {
            session = host.scripts.load(script);
            framesUntil(l -> l.startsWith("bass absent hits -1 drops -1 bpm "), "the bare project");
            String detected = lastLog().substring(lastLog().lastIndexOf(' ') + 1); // whatever the analysis found

            ShowFiles.save(show.resolve("project.json"), """
                    {"mix": "audio/mix.wav",
                     "customSignals": [{"id": "sig-bass", "name": "Bass", "source": "mix",
                                        "function": "melSpectrogram", "reduction": "mean", "lowHz": 60, "highHz": 200}],
                     "customEvents": [{"id": "ev-hits", "name": "Hits", "events": [{"time": 1}, {"time": 2}]}],
                     "beatGrid": {"bpm": 90}}
                    """);
            long added = framesUntil(l -> l.equals("bass loud hits 2 drops -1 bpm 90"), "the added custom signal");
            err.println("ProjectLiveEditIT: custom signal, events and grid visible " + added + " ms after the save");

            ShowFiles.save(show.resolve("project.json"), """
                    {"mix": "audio/mix.wav",
                     "customSignals": [{"id": "sig-bass", "name": "Bass", "source": "mix",
                                        "function": "melSpectrogram" "reduction": "mean"}]}
                    """);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            Diagnostic rejected = null;
            while (rejected == null && System.nanoTime() < deadline) {
                session.frame(Transport.ofFrame(frame++ % 300 + 60, 60), null);
                rejected = project.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.PARSE_ERROR)
                        .findFirst().orElse(null);
                Thread.sleep(16);
            }
            assertTrue(rejected != null, "no diagnostic for the broken project.json: " + project.diagnostics());
            assertTrue(rejected.location() != null && rejected.location().line() == 3, rejected.toString());
            assertTrue(rejected.location().file().endsWith("project.json"), rejected.toString());
            assertTrue(rejected.message().contains("last valid version stays in force"), rejected.toString());
            for (int i = 0; i < 30; i++) {
                session.frame(Transport.ofFrame(frame++ % 300 + 60, 60), null);
            }
            assertTrue(lastLog().equals("bass loud hits 2 drops -1 bpm 90"), "the last valid project stays: " + lastLog());

            ShowFiles.save(show.resolve("project.json"), """
                    {"mix": "audio/mix.wav",
                     "customSignals": [{"id": "sig-bass", "name": "Bass", "source": "mix",
                                        "function": "melSpectrogram", "reduction": "mean", "lowHz": 2000, "highHz": 4000}]}
                    """);
            framesUntil(l -> l.equals("bass quiet hits -1 drops -1 bpm " + detected),
                    "the fixed project (and the detected grid back)");
            ShowFiles.save(show.resolve("events/drops.json"), "{\"name\": \"Drops\", \"events\": [{\"time\": 2}]}");
            framesUntil(l -> l.startsWith("bass quiet hits -1 drops 1 "), "the new event file");
            ShowFiles.save(show.resolve("events/drops.json"),
                    "{\"name\": \"Drops\", \"events\": [{\"time\": 2}, {\"time\": 2.5}, {\"time\": 3}]}");
            framesUntil(l -> l.startsWith("bass quiet hits -1 drops 3 "), "the edited event file");
            assertTrue(session.healthy(), session.diagnostics()::toString);
        } finally {
            System.setErr(err);
        }
        assertTrue(console.text().contains("octoseq: beat grid: project.json beatGrid"), "the console names the grid in use");
        assertTrue(console.text().contains(": 90 BPM, beat 0 at 0 s"), console.text());
    }
}
