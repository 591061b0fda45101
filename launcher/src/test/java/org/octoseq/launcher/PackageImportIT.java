package org.octoseq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interpretation package of the upstream golden fixture's shape (spec Appendix C and section 8: 2 s; mix signals
 * amplitude at 200 Hz, spectralFlux, flux, onsetEnvelope and energy at 25 Hz and the four beat arrays at 100 Hz; band
 * band-bass "Bass" energy at 20 Hz with 3 band events; stem stem-drums "Drums" energy at 15 Hz; custom derived-1
 * "Kick Energy" at 12.5 Hz; composed "intensity" at 100 Hz; beatCandidates (4), onsetPeaks (3); authored "hits" (2);
 * one 120 BPM segment; one frequency band), synthesised here, is imported with {@code octoseq import} and traced
 * with {@code octoseq trace} in a real framework: a script reading every imported namespace path gets the package's
 * values at the package's times (within interpolation error).
 */
class PackageImportIT {

    @TempDir
    Path temp;

    /** A sawtooth ramp of {@code n} samples repeating every {@code period}, scaled to 0..top (like upstream's fixture). */
    private static float[] ramp(int n, int period, double top) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (top * (i % period) / (period - 1));
        }
        return v;
    }

    private static Map<String, Object> signal(String key, String name, double rate, float[] values) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, name);
        m.put("rate", rate);
        m.put("values", values);
        return m;
    }

    private static List<Map<String, Object>> events(double... timeWeight) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < timeWeight.length; i += 2) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("time", timeWeight[i]);
            e.put("weight", timeWeight[i + 1]);
            e.put("beat_position", null);
            e.put("beat_phase", null);
            e.put("cluster_id", null);
            out.add(e);
        }
        return out;
    }

    /** The fixture; {@code expected} gets each probed path's source samples and rate. */
    static Map<String, Object> fixture(Map<String, Object[]> expected) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("formatVersion", 1);
        p.put("createdAt", "2026-01-01T00:00:00.000Z");
        p.put("projectName", "Fixture Project");
        p.put("durationSec", 2);
        p.put("script", "let cube = mesh.cube();\n\ncube.scale = inputs.mix.energy.scale(3);\n\nfn init(ctx) {\n"
                + "    scene.add(cube);\n}\n\nfn update(dt, frame) {\n}");
        float[] amplitude = ramp(400, 10, 1);
        float[] flux = ramp(50, 7, 1);
        float[] onset = ramp(50, 10, 1);
        float[] beatPosition = new float[200];
        for (int i = 0; i < 200; i++) {
            beatPosition[i] = i * 0.02f;
        }
        p.put("signals", List.of(signal("name", "amplitude", 200, amplitude), signal("name", "spectralFlux", 25, flux),
                signal("name", "flux", 25, flux), signal("name", "onsetEnvelope", 25, onset),
                signal("name", "energy", 25, onset), signal("name", "beatPosition", 100, beatPosition),
                signal("name", "beatIndex", 100, new float[200]), signal("name", "beatPhase", 100, new float[200]),
                signal("name", "bpm", 100, new float[200])));
        expected.put("mix.amplitude", new Object[] {amplitude, 200.0});
        expected.put("mix.flux", new Object[] {flux, 25.0});
        expected.put("mix.onset", new Object[] {onset, 25.0});
        expected.put("mix.energy", new Object[] {onset, 25.0});
        float[] band = ramp(40, 8, 1);
        Map<String, Object> bandSignal = signal("bandId", "band-bass", 20, band);
        bandSignal.put("label", "Bass");
        bandSignal.put("feature", "energy");
        p.put("bandSignals", List.of(bandSignal));
        expected.put("band.energy", new Object[] {band, 20.0});
        expected.put("bandByLabel.energy", new Object[] {band, 20.0});
        float[] stem = ramp(30, 6, 1);
        Map<String, Object> stemSignal = signal("stemId", "stem-drums", 15, stem);
        stemSignal.put("label", "Drums");
        stemSignal.put("feature", "energy");
        p.put("stemSignals", List.of(stemSignal));
        expected.put("stem.energy", new Object[] {stem, 15.0});
        float[] kick = ramp(25, 5, 0.72);
        Map<String, Object> custom = signal("id", "derived-1", 12.5, kick);
        custom.put("name", "Kick Energy");
        p.put("customSignals", List.of(custom));
        expected.put("custom", new Object[] {kick, 12.5});
        expected.put("customById", new Object[] {kick, 12.5});
        float[] intensity = new float[200];
        for (int i = 0; i < 200; i++) {
            intensity[i] = (float) (i < 100 ? 0.25 + 0.0075 * i : 1 - Math.pow((i - 100) / 100.0, 2));
        }
        p.put("composedSignals", List.of(signal("name", "intensity", 100, intensity)));
        expected.put("composed", new Object[] {intensity, 100.0});
        p.put("eventStreams", List.of(Map.of("name", "beatCandidates", "events", events(0.25, 0.9, 0.75, 0.7, 1.25, 0.95, 1.75, 0.6)),
                Map.of("name", "onsetPeaks", "events", events(0.1, 0.5, 0.9, 0.8, 1.6, 0.65))));
        List<Map<String, Object>> hits = events(0.5, 1, 1.5, 0.8);
        hits.get(0).put("beat_position", 1);
        hits.get(1).put("beat_position", 3);
        p.put("authoredEventStreams", List.of(Map.of("name", "hits", "events", hits)));
        p.put("bandEvents", List.of(Map.of("bandId", "band-bass", "events", List.of(Map.of("time", 0.2, "weight", 0.9),
                Map.of("time", 1, "weight", 0.5), Map.of("time", 1.8, "weight", 0.75)))));
        p.put("musicalTime", Map.of("version", 1, "segments", List.of(Map.of("id", "seg-1", "bpm", 120, "phaseOffset", 0,
                "startTime", 0, "endTime", 2, "provenance", Map.of("source", "manual_entry"))),
                "createdAt", "2026-01-01T00:00:00.000Z", "modifiedAt", "2026-01-01T00:00:00.000Z"));
        p.put("frequencyBands", Map.of("version", 2, "bands", List.of(Map.of("id", "band-bass", "label", "Bass",
                "sourceId", "mixdown", "enabled", true, "timeScope", Map.of("kind", "global"),
                "frequencyShape", List.of(Map.of("startTime", 0, "endTime", 2, "lowHzStart", 20, "highHzStart", 200,
                        "lowHzEnd", 20, "highHzEnd", 200)), "sortOrder", 1))));
        p.put("availableStems", List.of(List.of("stem-drums", "Drums")));
        return p;
    }

    /** Linear interpolation of samples at {@code t}, 0 outside (the namespace's point sampling). */
    private static double interpolate(float[] v, double rate, double t) {
        double x = t * rate;
        int i = (int) Math.floor(x + 1e-6);
        if (t < 0 || i >= v.length) {
            return 0;
        }
        return i == v.length - 1 ? v[i] : v[i] + (v[i + 1] - v[i]) * Math.max(0, x - i);
    }

    private static final String PROBES = """
            var s = {
              'mix.amplitude': inputs.mix.amplitude, 'mix.flux': inputs.mix.flux, 'mix.onset': inputs.mix.onset,
              'mix.energy': inputs.mix.energy,
              'band.energy': inputs.mix.bands['band-bass'].energy, 'bandByLabel.energy': inputs.mix.bands['Bass'].energy,
              'stem.energy': inputs.stems['Drums'].energy,
              'custom': inputs.customSignals['Kick Energy'], 'customById': inputs.customSignals['derived-1'],
              'composed': inputs.composedSignals['intensity']
            };
            function update(dt, frame) {
              for (var k in s) probe(k, s[k].interpolate());
              probe('beatPosition', timing.beatPosition);
              probe('bpm', timing.bpm);
              probe('beatCandidates', inputs.mix.beatCandidates.len());
              probe('onsetPeaks', inputs.mix.onsetPeaks.len());
              probe('bandOnsets', inputs.mix.bands['Bass'].onsetPeaks.len());
              probe('hits', inputs.customEvents['hits'].len());
              probe('hit1.time', inputs.customEvents['hits'].get(1).time);
              probe('hit1.beat', inputs.customEvents['hits'].get(1).beat_position);
              probe('sameStem', inputs.stems['Drums'] === inputs.stems['stem-drums'] ? 1 : 0);
              probe('noBeatArrays', inputs.mix.beatPosition === undefined && inputs.mix.spectralFlux === undefined ? 1 : 0);
            }
            """;

    @Test
    void anImportedPackageServesItsValuesAtItsTimes() throws Exception {
        Map<String, Object[]> expected = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        Path pkg = temp.resolve("interpretation-package-v1.json");
        json.writeValue(pkg.toFile(), fixture(expected));
        Path show = temp.resolve("imported");
        Path script = Files.writeString(temp.resolve("probes.js"), PROBES);
        Path trace = temp.resolve("trace.json");
        try (OctoseqRuntime runtime = new Deployment(temp.resolve("home")).start(System.err)) {
            assertEquals(0, runtime.command("import", pkg.toString(), "--out", show.toString()));
            assertTrue(Files.readString(show.resolve("scripts/main.js")).contains("NEEDS PORTING"));
            assertTrue(Files.readString(show.resolve("scripts/main.rhai")).contains("fn update(dt, frame)"));
            assertEquals(0, runtime.command("trace", show.toString(), "--script", script.toString(), "--fps", "50",
                    "--seconds", "2", "--out", trace.toString()));
        }
        JsonNode t = json.readTree(trace.toFile());
        assertEquals(100, t.get("frames").asInt());
        for (JsonNode d : t.get("diagnostics")) {
            // on a loaded machine a frame's update may overrun its budget: that frame has no probes (counted below)
            boolean overrun = d.get("message").asText().startsWith("update took longer than");
            assertTrue(overrun || !List.of("parse_error", "runtime_error", "host_api_misuse", "host_error")
                    .contains(d.get("kind").asText()) && !d.get("message").asText().contains("no data"), "diagnostic: " + d);
        }
        JsonNode probes = t.get("probes");
        int probed = 0;
        for (int i = 0; i < 100; i++) {
            if (probes.get("beatPosition").get(i).isNull()) {
                continue; // an overrun frame
            }
            probed++;
            double at = i / 50.0;
            for (Map.Entry<String, Object[]> e : expected.entrySet()) {
                float[] values = (float[]) e.getValue()[0];
                double rate = (double) e.getValue()[1];
                assertEquals(interpolate(values, rate, at), probes.get(e.getKey()).get(i).asDouble(), 1e-5,
                        e.getKey() + " at " + at + " s");
            }
            assertEquals(2 * at, probes.get("beatPosition").get(i).asDouble(), 1e-9, "beat position at frame " + i);
            assertEquals(120, probes.get("bpm").get(i).asDouble(), 1e-9);
        }
        assertTrue(probed >= 90, "only " + probed + " of 100 frames ran to the end");
        int f = 0;
        while (probes.get("noBeatArrays").get(f).isNull()) {
            f++;
        }
        assertEquals(4, probes.get("beatCandidates").get(f).asInt());
        assertEquals(3, probes.get("onsetPeaks").get(f).asInt());
        assertEquals(3, probes.get("bandOnsets").get(f).asInt());
        assertEquals(2, probes.get("hits").get(f).asInt());
        assertEquals(1.5, probes.get("hit1.time").get(f).asDouble(), 1e-12);
        assertEquals(3, probes.get("hit1.beat").get(f).asDouble(), 1e-9, "the authored event on the imported grid");
        assertEquals(1, probes.get("sameStem").get(f).asInt());
        assertEquals(1, probes.get("noBeatArrays").get(f).asInt());
    }
}
