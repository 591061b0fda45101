package org.octoseq.mir.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ProjectDescriptor;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.analysis.TrackAnalyzer;

class ProjectOpenerTest {

    @TempDir
    Path show;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> console = new CopyOnWriteArrayList<>();
    /** What is published, by source id: a stand-in for the service registry. */
    private final Map<String, SourceSpec> specs = new ConcurrentHashMap<>();
    private final Map<String, AudioSourceAnalysis> published = new ConcurrentHashMap<>();
    private final Set<LoadedProject> closed = ConcurrentHashMap.newKeySet();
    private final ProjectOpener opener = new ProjectOpener(TrackAnalyzer.standard(), pool, console::add);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private LoadedProject open() throws IOException {
        return opener.open(show, (spec, analysis) -> {
            specs.put(spec.id(), spec);
            published.put(spec.id(), analysis);
            return () -> published.remove(spec.id());
        }, closed::add);
    }

    private void wav(String name, double seconds, double amplitude) throws IOException {
        Path f = show.resolve(name);
        Files.createDirectories(f.getParent());
        TestAudio.wav(f, 22050, Encoding.PCM_SIGNED, 16, TestAudio.sine(22050, 440, amplitude, seconds));
    }

    private void project(String json) throws IOException {
        Files.writeString(show.resolve("project.json"), json);
    }

    @Test
    void analysesMixListedAndUnlistedStemsAndReportsTheBrokenOne() throws Exception {
        wav("audio/mix.wav", 2.0, 0.5);
        wav("stems/drums.wav", 1.0, 0.25);
        wav("stems/bass.wav", 1.5, 0.1);
        Files.writeString(show.resolve("stems/broken.wav"), "not audio");
        Files.writeString(show.resolve("stems/readme.txt"), "ignored: not an audio file name");
        project("{\"mix\": \"audio/mix.wav\", \"stems\": [{\"id\": \"stem-kit\", \"label\": \"Drums\", "
                + "\"file\": \"stems/drums.wav\"}], \"extra\": 1}");

        LoadedProject p = open();
        assertTrue(p.awaitReady(Duration.ofSeconds(30)));

        assertEquals(Set.of("mix", "stem-kit", "stem-bass"), published.keySet());
        assertEquals(List.of("mix", "stem-kit", "stem-bass", "stem-broken"),
                p.sources().stream().map(SourceSpec::id).toList());
        assertEquals(new SourceSpec("mix", "Mix", "mix", show.resolve("audio/mix.wav"), "audio/mix.wav"),
                specs.get("mix"));
        assertEquals("Drums", specs.get("stem-kit").label());
        assertEquals("bass", specs.get("stem-bass").label());
        assertEquals(AudioSourceAnalysis.KIND_STEM, specs.get("stem-bass").kind());

        AudioSourceAnalysis mix = published.get("mix");
        assertEquals(2.0, mix.durationSec(), 1e-9);
        SampledSignal energy = mix.signals().get("energy");
        assertEquals(100.0, energy.rate());
        assertEquals(0.5 / Math.sqrt(2), energy.valueAt(100), 0.005);
        assertEquals(Set.of("onsetPeaks", "beatCandidates"), mix.events().keySet());
        assertEquals(1.5, published.get("stem-bass").durationSec(), 1e-9);

        List<Diagnostic> d = p.diagnostics();
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).message().contains("'extra'"));
        Diagnostic broken = d.get(1);
        assertEquals(Diagnostic.Kind.HOST_ERROR, broken.kind());
        assertEquals(Diagnostic.Phase.ANALYSIS, broken.phase());
        assertEquals("cannot decode stems/broken.wav: not a recognised audio file", broken.message());
        assertEquals(List.of("octoseq: " + broken.message()), console);

        p.close();
        assertEquals(Map.of(), published);
        assertEquals(Set.of(p), closed);
    }

    @Test
    void descriptorTakesDefaultsAndResolvesAgainstTheFolder() throws Exception {
        project("{\"mix\": \"mix.wav\"}");
        LoadedProject p = open();
        ProjectDescriptor d = p.descriptor();
        assertEquals(show.toAbsolutePath().normalize(), d.root());
        assertEquals(show.getFileName().toString(), d.name());
        assertEquals(show.resolve("mix.wav"), d.mix());
        assertEquals(show.resolve("scripts/main.js"), d.script());
        assertEquals(ProjectDescriptor.DEFAULT_WIDTH, d.width());
        assertEquals(ProjectDescriptor.DEFAULT_HEIGHT, d.height());
        assertEquals(ProjectDescriptor.DEFAULT_FPS, d.fps());
        assertTrue(p.awaitReady(Duration.ofSeconds(30)));
        assertEquals("cannot decode mix.wav: file not found", p.diagnostics().get(0).message());
        assertEquals(Map.of(), published);
    }

    @Test
    void descriptorTakesNameScriptAndRender() throws Exception {
        project("{\"name\": \"Night\", \"mix\": \"a/m.wav\", \"script\": \"s/x.js\", "
                + "\"render\": {\"width\": 640, \"height\": 360, \"fps\": 25}}");
        ProjectDescriptor d = open().descriptor();
        assertEquals(new ProjectDescriptor(show, "Night", show.resolve("a/m.wav"), show.resolve("s/x.js"),
                640, 360, 25.0), d);
    }

    @Test
    void closingBeforeAnalysisEndsPublishesNothing() throws Exception {
        wav("audio/mix.wav", 1.0, 0.5);
        project("{\"mix\": \"audio/mix.wav\"}");
        ExecutorService held = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch gate = new CountDownLatch(1);
            held.execute(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            LoadedProject p = new ProjectOpener(TrackAnalyzer.standard(), held, console::add)
                    .open(show, (s, a) -> {
                        published.put(s.id(), a);
                        return () -> published.remove(s.id());
                    }, closed::add);
            p.close();
            gate.countDown();
            assertTrue(p.awaitReady(Duration.ofSeconds(30)));
            assertEquals(Map.of(), published);
        } finally {
            held.shutdownNow();
        }
    }

    @Test
    void invalidProjectIsAnIOExceptionNamingTheField() throws Exception {
        project("{\"mix\": \"m.wav\",\n \"render\": {\"height\": \"tall\"}}");
        IOException e = assertThrows(IOException.class, this::open);
        assertTrue(e.getMessage().contains("project.json:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("'render.height'"), e.getMessage());
    }

    @Test
    void missingProjectFile() {
        IOException e = assertThrows(IOException.class, this::open);
        assertTrue(e.getMessage().contains("project.json: not found"), e.getMessage());
    }
}
