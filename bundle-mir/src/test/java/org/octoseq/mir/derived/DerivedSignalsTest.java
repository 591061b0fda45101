package org.octoseq.mir.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.CustomSignalProvider;
import org.octoseq.api.source.ExtraSignals;
import org.octoseq.mir.ShowFolder;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.cqt.CqtFeatures;

/** Custom signals, the CQT features and the search follow project.json edits; results are republished only as needed. */
class DerivedSignalsTest {

    @TempDir
    Path dir;

    private ShowFolder show;
    private DerivedSignals part;

    @BeforeEach
    void writeAudio() throws IOException {
        float[] x = TestAudio.sine(44100, 110, 0.5, 3.0); // 110 Hz (A2) for 3 s
        for (int i = 0; i < 44100; i++) {
            x[i] = 0; // silent first second
        }
        TestAudio.wav(dir.resolve("mix.wav"), 44100, Encoding.PCM_SIGNED, 16, x);
        show = new ShowFolder(dir);
        part = new DerivedSignals(show.context());
    }

    private CustomSignalProvider signal(String id) {
        return show.published.find(CustomSignalProvider.class, CustomSignalProvider.PROP_ID, id);
    }

    private Map<String, SampledSignal> mixExtras() {
        Map<String, SampledSignal> all = new java.util.HashMap<>();
        show.published.live(ExtraSignals.class).forEach(r -> all.putAll(((ExtraSignals) r.service()).signals()));
        return all;
    }

    private static double value(CustomSignalProvider p, double t) {
        org.octoseq.api.signal.EvalContext ctx = new org.octoseq.api.signal.EvalContext(w -> { });
        ctx.beginFrame(new org.octoseq.api.time.Transport(t, 0, 0), org.octoseq.api.signal.InputResolver.NONE,
                org.octoseq.api.time.BeatGrid.NONE);
        return p.signal().evaluate(ctx);
    }

    @Test
    void definitionsAreComputedRenamedEditedAndRemovedLive() throws IOException {
        show.write("project.json", """
                {"mix": "mix.wav", "customSignals": [
                  {"id": "sig-low", "name": "Low", "function": "melSpectrogram", "reduction": "mean", "lowHz": 60, "highHz": 200},
                  {"id": "sig-high", "function": "cqt", "reduction": "max", "lowHz": 1000}]}
                """);
        show.apply(part);
        assertEquals(List.of(), show.errors());
        CustomSignalProvider low = signal("sig-low");
        assertTrue(value(low, 2.0) > 100 * value(low, 0.5), "the 110 Hz tone shows after 1 s");
        assertEquals(2, show.published.publications(CustomSignalProvider.class));
        Map<String, SampledSignal> extras = mixExtras();
        assertEquals(List.of(CqtFeatures.BASS_MOTION, CqtFeatures.HARMONIC, CqtFeatures.TONAL),
                extras.keySet().stream().sorted().toList());
        assertTrue(extras.get(CqtFeatures.HARMONIC).valueAt(200) > 0.5, "a held tone is harmonic");

        show.write("project.json", """
                {"mix": "mix.wav", "customSignals": [
                  {"id": "sig-low", "name": "Bass", "function": "melSpectrogram", "reduction": "mean", "lowHz": 60, "highHz": 200},
                  {"id": "sig-high", "function": "cqt", "reduction": "max", "lowHz": 1000}]}
                """);
        assertEquals(List.of(), part.apply(show.show()), "a rename needs no computation");
        assertEquals(3, show.published.publications(CustomSignalProvider.class));
        assertEquals("Bass", show.published.live(CustomSignalProvider.class).stream()
                .filter(r -> "sig-low".equals(r.property(CustomSignalProvider.PROP_ID))).findFirst().orElseThrow()
                .property(CustomSignalProvider.PROP_NAME));

        show.write("project.json", """
                {"mix": "mix.wav", "customSignals": [
                  {"id": "sig-low", "name": "Bass", "function": "melSpectrogram", "reduction": "mean", "lowHz": 2000, "highHz": 4000}]}
                """);
        show.apply(part);
        assertNull(signal("sig-high"), "removed");
        assertTrue(value(signal("sig-low"), 2.0) < 0.01 * value(low, 2.0), "edited: now the empty 2-4 kHz range");
        assertEquals(1, show.published.live(ExtraSignals.class).size(), "the CQT features were not recomputed or doubled");
    }

    /**
     * Opening the show again (a new part, as after a restart) takes the custom signals, the CQT features and the
     * search curve from the show's cache without decoding the audio; a rename still costs nothing, and changed audio is computed anew.
     */
    @Test
    void aSecondOpenTakesCustomSignalsAndFeaturesFromTheCache() throws IOException {
        show.write("project.json", """
                {"mix": "mix.wav", "search": {"startSec": 1.5, "endSec": 2.5}, "customSignals": [
                  {"id": "sig-low", "name": "Low", "function": "melSpectrogram", "reduction": "mean", "lowHz": 60, "highHz": 200}]}
                """);
        show.apply(part);
        assertEquals(1, part.decodes());
        SampledSignal similarity = mixExtras().get("searchSimilarity");
        double[] first = {value(signal("sig-low"), 0.5), value(signal("sig-low"), 2.0)};
        SampledSignal tonal = mixExtras().get(CqtFeatures.TONAL);

        ShowFolder again = new ShowFolder(dir);
        DerivedSignals reopened = new DerivedSignals(again.context());
        again.apply(reopened);
        assertEquals(0, reopened.decodes(), "everything came from the cache");
        assertEquals(List.of(), again.errors());
        CustomSignalProvider cached = again.published.find(CustomSignalProvider.class, CustomSignalProvider.PROP_ID, "sig-low");
        assertEquals(first[0], value(cached, 0.5), 1e-9);
        assertEquals(first[1], value(cached, 2.0), 1e-9);
        Map<String, SampledSignal> extras = new java.util.HashMap<>();
        again.published.live(ExtraSignals.class).forEach(r -> extras.putAll(((ExtraSignals) r.service()).signals()));
        assertEquals(tonal, extras.get(CqtFeatures.TONAL));
        assertEquals(similarity, extras.get("searchSimilarity"));

        float[] other = TestAudio.sine(44100, 110, 0.5, 3.0); // the same tone, without the silent first second
        TestAudio.wav(dir.resolve("mix.wav"), 44100, Encoding.PCM_SIGNED, 16, other);
        ShowFolder changed = new ShowFolder(dir);
        DerivedSignals third = new DerivedSignals(changed.context());
        changed.apply(third);
        assertEquals(1, third.decodes(), "new audio is decoded and computed");
        CustomSignalProvider recomputed = changed.published.find(CustomSignalProvider.class, CustomSignalProvider.PROP_ID, "sig-low");
        assertTrue(value(recomputed, 0.5) > 0.5 * first[1] && first[1] > 100 * first[0],
                "the tone now sounds at 0.5 s: " + value(recomputed, 0.5) + " against " + java.util.Arrays.toString(first));
    }

    @Test
    void theSearchCurveFollowsItsSegment() throws IOException {
        show.write("project.json", "{\"mix\": \"mix.wav\", \"search\": {\"startSec\": 1.5, \"endSec\": 2.5}}");
        show.apply(part);
        SampledSignal sim = mixExtras().get("searchSimilarity");
        assertNotNull(sim);
        assertEquals(1.0, sim.valueAt(200), 1e-3, "the reference itself matches");
        show.write("project.json", "{\"mix\": \"mix.wav\", \"search\": {\"startSec\": 0.0, \"endSec\": 0.9}}");
        assertEquals(List.of(), part.apply(show.show()), "a moved segment reuses the features: no task");
        SampledSignal moved = mixExtras().get("searchSimilarity");
        assertTrue(moved != sim);
        show.write("project.json", "{\"mix\": \"mix.wav\"}");
        show.apply(part);
        assertNull(mixExtras().get("searchSimilarity"));
        assertNotNull(mixExtras().get(CqtFeatures.TONAL));
    }

    @Test
    void badSourcesArePreciseWarningsAndPrecomputedSignalsAreRead() throws IOException {
        show.write("signals/kick.json", "{\"rate\": 10, \"values\": [0, 0.5, 1]}");
        show.write("project.json", """
                {"mix": "mix.wav", "customSignals": [
                  {"id": "sig-x", "source": "stem-nope", "function": "mfcc", "reduction": "mean"},
                  {"id": "sig-kick", "name": "Kick", "file": "signals/kick.json"}]}
                """);
        show.apply(part);
        assertNull(signal("sig-x"));
        assertTrue(show.diagnostics.stream().anyMatch(d -> d.message().contains("custom signal 'sig-x' is left out: the show has no source 'stem-nope'")),
                show.diagnostics.toString());
        assertEquals(0.75, value(signal("sig-kick"), 0.15), 1e-6);
        part.close();
        assertTrue(show.published.live(CustomSignalProvider.class).isEmpty());
        assertTrue(show.published.live(ExtraSignals.class).isEmpty());
    }
}
