package org.octoseq.mir.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.mir.ExternalTools;
import org.octoseq.mir.Synth;
import org.octoseq.mir.TestAudio;

/** The {@code analyze} command end to end, including every awkward input the issue lists. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final AnalyzeCommand command = new AnalyzeCommand();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int run(String... args) {
        return command.run(err, false, args);
    }

    private String stderr() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** Runs analyze on {@code audio}, expects success and returns the parsed JSON (checked for shape). */
    private JsonNode analyse(Path audio) throws IOException {
        errBytes.reset();
        Path out = dir.resolve(audio.getFileName() + ".json");
        assertEquals(0, run(audio.toString(), "--json", out.toString()), stderr());
        assertEquals("", stderr());
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertShape(j);
        return j;
    }

    /** Every field of DESIGN section 8, with the right types, and no NaN or infinity anywhere. */
    static void assertShape(JsonNode j) {
        assertTrue(j.get("source").isTextual());
        assertTrue(j.get("durationSec").isNumber());
        assertTrue(j.get("sampleRate").isNumber());
        JsonNode tempo = j.get("tempo");
        for (String f : List.of("bpm", "confidence", "beatOffsetSec")) {
            assertTrue(tempo.get(f).isNumber(), f);
        }
        for (JsonNode s : tempo.get("segments")) {
            for (String f : List.of("startSec", "endSec", "bpm", "phaseOffsetSec")) {
                assertTrue(s.get(f).isNumber(), f);
            }
        }
        assertEquals(Set.of("beatCandidates", "onsetPeaks"), names(j.get("events")));
        for (JsonNode list : j.get("events")) {
            for (JsonNode e : list) {
                assertTrue(e.get("time").isNumber() && e.get("weight").isNumber());
            }
        }
        assertEquals(Set.of("energy", "centroid", "flux", "onset"), names(j.get("signals")));
        int length = -1;
        for (JsonNode s : j.get("signals")) {
            assertEquals(100.0, s.get("rate").asDouble());
            assertTrue(length < 0 || length == s.get("values").size());
            length = s.get("values").size();
            for (JsonNode v : s.get("values")) {
                assertTrue(v.isNumber() && Double.isFinite(v.asDouble()));
            }
        }
        assertFalse(j.toString().contains("NaN") || j.toString().contains("Infinity"));
    }

    private static Set<String> names(JsonNode o) {
        Set<String> s = new TreeSet<>();
        o.fieldNames().forEachRemaining(s::add);
        return s;
    }

    private static float[] clicks(float rate, double seconds, double bpm) {
        Synth s = new Synth(rate, seconds, 1);
        for (double t = 0.25; t < seconds - 0.1; t += 60 / bpm) {
            s.kick(t, 0.8);
        }
        return s.samples();
    }

    @Test
    void twoSecondsOfSilenceHasNoEventsAndNoNaN() throws IOException {
        JsonNode j = analyse(TestAudio.wav(dir.resolve("silence.wav"), 44100, Encoding.PCM_SIGNED, 16,
                new float[88200]));
        assertEquals(2.0, j.get("durationSec").asDouble(), 1e-9);
        assertEquals(44100, j.get("sampleRate").asInt());
        assertEquals(0, j.get("events").get("onsetPeaks").size());
        assertEquals(0, j.get("events").get("beatCandidates").size());
        assertEquals(0, j.get("tempo").get("segments").size());
        assertEquals(200, j.get("signals").get("energy").get("values").size());
    }

    @Test
    void aVeryShortFile() throws IOException {
        float[] x = TestAudio.sine(44100, 440, 0.5, 0.3);
        JsonNode j = analyse(TestAudio.wav(dir.resolve("short.wav"), 44100, Encoding.PCM_SIGNED, 16, x));
        assertEquals(0.3, j.get("durationSec").asDouble(), 1e-6);
        assertEquals(30, j.get("signals").get("onset").get("values").size());
        assertEquals(1, j.get("events").get("onsetPeaks").size());
    }

    @Test
    void mono22050() throws IOException {
        JsonNode j = analyse(TestAudio.wav(dir.resolve("m22.wav"), 22050, Encoding.PCM_SIGNED, 16,
                clicks(22050, 8, 120)));
        assertEquals(22050, j.get("sampleRate").asInt());
        assertEquals(120, j.get("tempo").get("bpm").asDouble(), 120 * 0.04);
        assertEquals(0.25, j.get("events").get("onsetPeaks").get(0).get("time").asDouble(), 0.02);
    }

    @Test
    void stereo48k() throws IOException {
        float[] x = clicks(48000, 8, 100);
        JsonNode j = analyse(TestAudio.wav(dir.resolve("s48.wav"), 48000, Encoding.PCM_SIGNED, 16, x, x));
        assertEquals(48000, j.get("sampleRate").asInt());
        assertEquals(8.0, j.get("durationSec").asDouble(), 1e-9);
        assertEquals(100, j.get("tempo").get("bpm").asDouble(), 4);
        assertEquals(0.25, j.get("events").get("onsetPeaks").get(0).get("time").asDouble(), 0.02);
    }

    @Test
    void eightBit() throws IOException {
        JsonNode j = analyse(TestAudio.wav(dir.resolve("u8.wav"), 22050, Encoding.PCM_UNSIGNED, 8,
                clicks(22050, 6, 120)));
        assertTrue(j.get("events").get("onsetPeaks").size() >= 10);
    }

    @Test
    void dcOffsetIsNotSound() throws IOException {
        float[] x = clicks(44100, 6, 120);
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1f + 0.8f * x[i];
        }
        JsonNode j = analyse(TestAudio.wav(dir.resolve("dc.wav"), 44100, Encoding.PCM_SIGNED, 16, x));
        int onsets = j.get("events").get("onsetPeaks").size();
        assertTrue(onsets >= 10 && onsets <= 13, "onsets " + onsets);
        // the centroid ignores the DC bin: a kick's centroid stays in the low hundreds of Hz
        assertTrue(j.get("signals").get("centroid").get("values").get(50).asDouble() > 40);
    }

    @Test
    void twentyFourBitAndFloat() throws IOException {
        float[] x = clicks(44100, 4, 120);
        JsonNode a = analyse(TestAudio.wav(dir.resolve("s24.wav"), 44100, Encoding.PCM_SIGNED, 24, x));
        JsonNode b = analyse(TestAudio.wav(dir.resolve("f32.wav"), 44100, Encoding.PCM_FLOAT, 32, x));
        assertEquals(a.get("events").get("onsetPeaks").size(), b.get("events").get("onsetPeaks").size());
        assertTrue(a.get("events").get("onsetPeaks").size() >= 7);
    }

    @Test
    void onATerminalAProgressBarIsDrawnOnStderrAndClearedAtTheEnd() throws IOException {
        Path wav = TestAudio.wav(dir.resolve("bar.wav"), 22050, Encoding.PCM_SIGNED, 16, clicks(22050, 3, 120));
        Path out = dir.resolve("bar.json");
        assertEquals(0, command.run(err, true, wav.toString(), "--json", out.toString()), stderr());
        String e = stderr();
        assertTrue(e.startsWith("\ranalyze ["), e);
        assertTrue(e.contains("% writing JSON"), e);
        assertTrue(e.endsWith("\r"), "the bar's line is cleared at the end");
        assertFalse(e.contains("\n"), "nothing but the bar");
        assertTrue(Files.exists(out));
    }

    @Test
    void timingsAreOneLineAtTheEnd() throws IOException {
        Path wav = TestAudio.wav(dir.resolve("timed.wav"), 22050, Encoding.PCM_SIGNED, 16, clicks(22050, 3, 120));
        Path out = dir.resolve("timed.json");
        assertEquals(0, run(wav.toString(), "--json", out.toString(), "--timings"), stderr());
        assertTrue(stderr().matches("octoseq analyze: decoding \\d+\\.\\d\\d s, analysis \\d+\\.\\d\\d s, "
                + "writing the JSON \\d+\\.\\d\\d s\\R"), stderr());
        assertShape(new ObjectMapper().readTree(out.toFile()));
    }

    @Test
    void mp3EventsAgreeWithTheWavItWasEncodedFrom() throws Exception {
        float[] x = clicks(44100, 8, 120);
        Path wav = TestAudio.wav(dir.resolve("clicks.wav"), 44100, Encoding.PCM_SIGNED, 16, x, x);
        Path mp3 = dir.resolve("clicks.mp3");
        ExternalTools.run("lame", "--quiet", "-b", "160", wav.toString(), mp3.toString());
        JsonNode a = analyse(wav);
        JsonNode b = analyse(mp3);
        assertEquals(a.get("durationSec").asDouble(), b.get("durationSec").asDouble(), 0.005);
        JsonNode pa = a.get("events").get("onsetPeaks");
        JsonNode pb = b.get("events").get("onsetPeaks");
        assertEquals(pa.size(), pb.size());
        for (int i = 0; i < pa.size(); i++) {
            assertEquals(pa.get(i).get("time").asDouble(), pb.get(i).get("time").asDouble(), 0.005, "onset " + i);
        }
        assertEquals(a.get("tempo").get("beatOffsetSec").asDouble(), b.get("tempo").get("beatOffsetSec").asDouble(),
                0.005);
    }

    private void assertFailsCleanly(Path audio, String reasonStart) {
        Path out = dir.resolve("out.json");
        int code = run(audio.toString(), "--json", out.toString());
        assertTrue(code != 0);
        assertFalse(Files.exists(out), "no JSON is written");
        String e = stderr();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("octoseq analyze: " + audio + ": " + reasonStart), e);
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void truncatedWav() throws IOException {
        Path f = TestAudio.wav(dir.resolve("cut.wav"), 44100, Encoding.PCM_SIGNED, 16, clicks(44100, 2, 120));
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        assertFailsCleanly(f, "truncated");
    }

    @Test
    void corruptHeader() throws IOException {
        Path f = TestAudio.wav(dir.resolve("bad.wav"), 44100, Encoding.PCM_SIGNED, 16, clicks(44100, 1, 120));
        byte[] all = Files.readAllBytes(f);
        for (int i = 8; i < 36; i++) {
            all[i] = (byte) 0xA5; // "WAVE", the fmt chunk: gone
        }
        Files.write(f, all);
        assertFailsCleanly(f, "not a recognised audio file");
    }

    @Test
    void textFileNamedWav() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.wav"), "not audio at all\n".repeat(20));
        assertFailsCleanly(f, "not a recognised audio file");
    }

    @Test
    void missingFile() {
        assertFailsCleanly(dir.resolve("nowhere.wav"), "file not found");
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        assertEquals(2, run("a.wav"));
        assertEquals(2, run("a.wav", "--json"));
        assertEquals(2, run("a.wav", "--json", "o.json", "--bands", "300-100"));
        assertEquals(2, run("--frobnicate"));
        assertEquals(4, stderr().lines().count(), stderr());
        assertTrue(stderr().lines().allMatch(l -> l.startsWith("octoseq analyze: ")));
    }

    @Test
    void bandsAndStemsAreExtraKeys() throws IOException {
        Path stems = Files.createDirectories(dir.resolve("stems"));
        float[] kick = clicks(44100, 6, 120);
        float[] tone = TestAudio.sine(44100, 880, 0.3, 6);
        TestAudio.wav(stems.resolve("drums.wav"), 44100, Encoding.PCM_SIGNED, 16, kick);
        TestAudio.wav(stems.resolve("keys.wav"), 44100, Encoding.PCM_SIGNED, 16, tone);
        Path mix = TestAudio.wav(dir.resolve("mix.wav"), 44100, Encoding.PCM_SIGNED, 16, Synth.mix(kick, tone));
        Path out = dir.resolve("o.json");
        assertEquals(0, run(mix.toString(), "--json", out.toString(), "--bands", "20-150,500-2000",
                "--stems", stems.toString()), stderr());
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertShape(j);
        assertEquals(2, j.get("bands").size());
        assertEquals(20.0, j.get("bands").get(0).get("lowHz").asDouble());
        // the 880 Hz tone is in the second band only
        double low = j.get("bands").get(0).get("signals").get("energy").get("values").get(320).asDouble();
        double mid = j.get("bands").get(1).get("signals").get("energy").get("values").get(320).asDouble();
        assertEquals(0.3 / Math.sqrt(2), mid, 0.03);
        assertTrue(low < 0.05, "low band " + low);
        assertEquals(2, j.get("stems").size());
        assertEquals("stem-drums", j.get("stems").get(0).get("id").asText());
        assertShape(j.get("stems").get(1));
        assertEquals(2, j.get("stems").get(1).get("bands").size());
    }
}
