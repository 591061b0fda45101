package org.octoseq.mir.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.internal.registry.NamespaceRegistryComponent;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BeatGridProvider;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.RecordingPublisher;
import org.octoseq.mir.ShowFolder;
import org.octoseq.mir.ProjectJson;

/** project.json beatGrid: both forms, their errors, the provider that outranks detection, the console line. */
class BeatGridOverrideTest {

    @TempDir
    Path dir;

    private BeatGridDefinition read(String beatGrid) throws IOException {
        return ProjectJson.read(dir, project(beatGrid)).beatGrid();
    }

    private String error(String beatGrid) throws IOException {
        return ProjectJson.error(dir, project(beatGrid));
    }

    private static String project(String beatGrid) {
        return "{\"mix\": \"m.wav\",\n \"beatGrid\": " + beatGrid + "}";
    }

    @Test
    void segmentsFormWithOpenEndsAndDefaultPhase() throws IOException {
        BeatGrid g = read("{\"segments\": [{\"startSec\": 0, \"bpm\": 124, \"phaseOffsetSec\": 0.5},"
                + " {\"startSec\": 60, \"endSec\": 90, \"bpm\": 128}, {\"startSec\": 95, \"bpm\": 100}]}").grid();
        assertEquals(List.of(new TempoSegment(0, 60, 124, 0.5), new TempoSegment(60, 90, 128, 60),
                new TempoSegment(95, Double.POSITIVE_INFINITY, 100, 95)), g.segments());
        assertEquals(1.0, g.beatPosition(0.5 + 60 / 124.0), 1e-12);
        assertEquals(120, g.bpm(92), 1e-12); // the gap runs on the virtual grid
    }

    @Test
    void shortForm() throws IOException {
        BeatGrid g = read("{\"bpm\": 90, \"offsetSec\": 0.25}").grid();
        assertEquals(List.of(new TempoSegment(0, Double.POSITIVE_INFINITY, 90, 0.25)), g.segments());
        assertEquals(0, read("{\"bpm\": 90}").grid().segments().get(0).phaseOffsetSec(), 1e-12);
    }

    @Test
    void errorsNameTheFieldAndLine() throws IOException {
        String both = error("{\"bpm\": 120, \"segments\": [{\"startSec\": 0, \"bpm\": 120}]}");
        assertTrue(both.contains(":2:") && both.contains("field 'beatGrid.bpm' cannot be given together with 'segments'"), both);
        String none = error("{}");
        assertTrue(none.contains("field 'beatGrid.bpm' is required"), none);
        String bpm = error("{\"segments\": [{\"startSec\": 0, \"bpm\": -3}]}");
        assertTrue(bpm.contains("field 'beatGrid.segments[0].bpm' is required and must be a tempo"), bpm);
        String order = error("{\"segments\": [{\"startSec\": 10, \"endSec\": 20, \"bpm\": 120}, {\"startSec\": 15, \"bpm\": 100}]}");
        assertTrue(order.contains("field 'beatGrid.segments[1].startSec' (15.0) must come after segment 0"), order);
        String end = error("{\"segments\": [{\"startSec\": 10, \"endSec\": 5, \"bpm\": 120}]}");
        assertTrue(end.contains("field 'beatGrid.segments[0].endSec' must be a number of seconds after startSec"), end);
    }

    @Test
    void theOverrideIsPublishedWithARankingAboveDetectionAndFollowsEdits() throws IOException {
        ShowFolder show = new ShowFolder(dir);
        BeatGridOverride part = new BeatGridOverride(show.context());
        show.write("project.json", "{\"mix\": \"m.wav\", \"beatGrid\": {\"bpm\": 124, \"offsetSec\": 0.5}}");
        show.apply(part);
        List<RecordingPublisher.Registration> live = show.published.live(BeatGridProvider.class);
        assertEquals(1, live.size());
        assertEquals(BeatGridOverride.RANKING, live.get(0).property("service.ranking"));
        assertEquals("project.json beatGrid", live.get(0).property(BeatGridProvider.PROP_SOURCE));
        assertEquals(124, ((BeatGridProvider) live.get(0).service()).beatGrid().bpm(3), 1e-12);

        show.apply(part); // unchanged: not republished
        assertEquals(1, show.published.publications(BeatGridProvider.class));
        show.write("project.json", "{\"mix\": \"m.wav\", \"beatGrid\": {\"bpm\": 126}}");
        show.apply(part);
        assertEquals(126, ((BeatGridProvider) show.published.live(BeatGridProvider.class).get(0).service())
                .beatGrid().bpm(3), 1e-12);
        assertEquals(1, show.published.live(BeatGridProvider.class).size());
        show.write("project.json", "{\"mix\": \"m.wav\"}");
        show.apply(part);
        assertTrue(show.published.live(BeatGridProvider.class).isEmpty());
    }

    private record Mix(BeatGrid grid) implements AudioSourceAnalysis {
        public double durationSec() {
            return 10;
        }

        public Map<String, SampledSignal> signals() {
            return Map.of();
        }

        public Map<String, EventStream> events() {
            return Map.of();
        }

        @Override
        public Optional<BeatGrid> beatGrid() {
            return Optional.of(grid);
        }
    }

    @Test
    void theConsoleIsToldWhichGridIsActiveWheneverThatChanges() {
        NamespaceRegistryComponent registry = new NamespaceRegistryComponent();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActiveGridReporter(registry, new PrintStream(out, true, StandardCharsets.UTF_8));
        registry.put(new Mix(BeatGrid.constant(120.5, 0.02)), Map.of(AudioSourceAnalysis.PROP_ID, "mix",
                AudioSourceAnalysis.PROP_KIND, "mix"));
        BeatGridProvider user = () -> BeatGrid.constant(124, 0.5);
        registry.put(user, Map.of("service.ranking", BeatGridOverride.RANKING,
                BeatGridProvider.PROP_SOURCE, BeatGridOverride.SOURCE));
        registry.put((BeatGridProvider) () -> BeatGrid.constant(90, 0), Map.of("service.ranking", 1)); // outranked: silent
        registry.remove(user);
        assertEquals(List.of(
                "octoseq: beat grid: detected in the mix: 120.5 BPM, beat 0 at 0.02 s",
                "octoseq: beat grid: project.json beatGrid (outranks the grid detected in the mix): 124 BPM, beat 0 at 0.5 s",
                "octoseq: beat grid: a beat grid provider (outranks the grid detected in the mix): 90 BPM, beat 0 at 0 s"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
