package org.octoseq.mir.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.source.AudioSourceAnalysis;
import org.octoseq.api.source.BandAnalysis;
import org.octoseq.mir.Synth;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.spectral.MinimSpectrum;

/** A show folder followed live: stems dropped and deleted, bands added, invalid edits, the cache. */
class ProjectWatchTest {

    @TempDir
    Path show;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final Map<String, AudioSourceAnalysis> sources = new ConcurrentHashMap<>();
    private final Map<String, BandSpec> bandSpecs = new ConcurrentHashMap<>();
    private final Map<String, BandAnalysis> bands = new ConcurrentHashMap<>();
    private final AtomicInteger sourcePublications = new AtomicInteger();
    /** How many STFT analyses ran (one per analysed source or band batch). */
    private final AtomicInteger analyses = new AtomicInteger();
    private final TrackAnalyzer analyzer = new TrackAnalyzer(AnalysisParameters.STANDARD, () -> {
        analyses.incrementAndGet();
        return new MinimSpectrum(AnalysisParameters.STANDARD.frameSize());
    });
    private LoadedProject project;

    @AfterEach
    void stop() {
        if (project != null) {
            project.close();
        }
        pool.shutdownNow();
    }

    private LoadedProject open() throws IOException {
        return new ProjectOpener(analyzer, pool, console::add).open(show, (spec, a) -> {
            sources.put(spec.id(), a);
            sourcePublications.incrementAndGet();
            return () -> sources.remove(spec.id(), a);
        }, (band, a) -> {
            bands.put(band.id(), a);
            bandSpecs.put(band.id(), band);
            return () -> bands.remove(band.id(), a);
        }, p -> { });
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    private Path beats(String relative, double seconds) throws IOException {
        Synth s = new Synth(22050, seconds, relative.hashCode());
        for (double t = 0.1; t < seconds - 0.2; t += 0.5) {
            s.kick(t, 0.8);
            s.hat(t + 0.25, 0.4);
        }
        Path f = show.resolve(relative);
        Files.createDirectories(f.getParent());
        // written beside the folder and moved in, as an editor or a file manager would
        Path tmp = Files.createTempFile(show, ".drop", ".tmp");
        TestAudio.wav(tmp, 22050, Encoding.PCM_SIGNED, 16, s.samples());
        return Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE);
    }

    private void projectJson(String json) throws IOException {
        Path tmp = Files.createTempFile(show, ".project", ".tmp");
        Files.writeString(tmp, json);
        Files.move(tmp, show.resolve("project.json"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aStemDroppedIntoStemsIsAnalysedAndDeletingItRemovesIt() throws Exception {
        beats("audio/mix.wav", 3);
        Files.createDirectories(show.resolve("stems"));
        projectJson("{\"mix\": \"audio/mix.wav\"}");
        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        assertEquals(Set.of("mix"), sources.keySet());
        assertTrue(sources.get("mix").beatGrid().isPresent());

        beats("stems/drums.wav", 2);
        eventually("stem-drums published", () -> sources.containsKey("stem-drums"));
        AudioSourceAnalysis drums = sources.get("stem-drums");
        assertEquals(Set.of("energy", "centroid", "flux", "onset"), drums.signals().keySet());
        assertEquals(Set.of("onsetPeaks", "beatCandidates"), drums.events().keySet());
        assertTrue(drums.events().get("onsetPeaks").size() >= 6);
        assertEquals(2, sourcePublications.get(), "the mix is not analysed again");

        Files.delete(show.resolve("stems/drums.wav"));
        eventually("stem-drums withdrawn", () -> !sources.containsKey("stem-drums"));
        assertTrue(sources.containsKey("mix"));
    }

    @Test
    void bandsAreRegisteredUnderTheirSourceAndFollowEdits() throws Exception {
        beats("audio/mix.wav", 3);
        beats("stems/drums.wav", 3);
        projectJson("{\"mix\": \"audio/mix.wav\"}");
        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        assertTrue(bands.isEmpty());

        projectJson("{\"mix\": \"audio/mix.wav\", \"bands\": ["
                + "{\"id\": \"band-low\", \"label\": \"Low\", \"lowHz\": 20, \"highHz\": 150},"
                + "{\"id\": \"band-kick\", \"label\": \"Kick\", \"source\": \"stem-drums\", \"lowHz\": 30, \"highHz\": 120}]}");
        eventually("both bands published", () -> bands.size() == 2);
        assertEquals("mix", bandSpecs.get("band-low").source());
        assertEquals("Low", bandSpecs.get("band-low").label());
        assertEquals("stem-drums", bandSpecs.get("band-kick").source());
        BandAnalysis kick = bands.get("band-kick");
        assertEquals(Set.of("energy", "centroid", "flux", "onset"), kick.signals().keySet());
        assertEquals(Set.of("onsetPeaks", "beatCandidates"), kick.events().keySet());
        assertEquals(2, sourcePublications.get(), "adding bands does not republish the sources");

        BandAnalysis low = bands.get("band-low");
        projectJson("{\"mix\": \"audio/mix.wav\", \"bands\": ["
                + "{\"id\": \"band-low\", \"label\": \"Low\", \"lowHz\": 20, \"highHz\": 150},"
                + "{\"id\": \"band-kick\", \"label\": \"Kick\", \"source\": \"stem-drums\", \"lowHz\": 30, \"highHz\": 200}]}");
        eventually("band-kick re-published", () -> bands.get("band-kick") != null && bands.get("band-kick") != kick);
        assertSame(low, bands.get("band-low"), "an unchanged band stays as it is");

        projectJson("{\"mix\": \"audio/mix.wav\", \"bands\": ["
                + "{\"id\": \"band-low\", \"label\": \"Low\", \"lowHz\": 20, \"highHz\": 150}]}");
        eventually("band-kick withdrawn", () -> !bands.containsKey("band-kick"));
        assertSame(low, bands.get("band-low"));
    }

    @Test
    void anInvalidEditKeepsTheLastGoodProjectAndNamesFieldAndLine() throws Exception {
        beats("audio/mix.wav", 2);
        projectJson("{\"mix\": \"audio/mix.wav\", \"bands\": [{\"id\": \"b\", \"lowHz\": 20, \"highHz\": 150}]}");
        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        eventually("band published", () -> bands.containsKey("b"));

        projectJson("{\"mix\": \"audio/mix.wav\",\n \"bands\": [{\"id\": \"b\", \"lowHz\": 20,\n \"highHz\": 10}]}");
        eventually("a diagnostic", () -> project.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.PARSE_ERROR));
        Diagnostic d = project.diagnostics().stream().filter(x -> x.kind() == Diagnostic.Kind.PARSE_ERROR)
                .findFirst().orElseThrow();
        assertTrue(d.message().contains("'bands[0].highHz'"), d.message());
        assertNotNull(d.location());
        assertTrue(d.location().line() >= 2, d.toString());
        assertTrue(bands.containsKey("b"), "the last valid project stays in force");
        assertTrue(sources.containsKey("mix"));
    }

    @Test
    void aReopenedShowLoadsFromTheCacheAndACorruptEntryIsRebuilt() throws Exception {
        beats("audio/mix.wav", 3);
        beats("stems/drums.wav", 3);
        projectJson("{\"mix\": \"audio/mix.wav\", \"bands\": [{\"id\": \"b\", \"lowHz\": 20, \"highHz\": 150}]}");
        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        assertEquals(2, analyses.get());
        AudioSourceAnalysis first = sources.get("mix");
        project.close();
        assertTrue(sources.isEmpty() && bands.isEmpty());

        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        assertEquals(2, analyses.get(), "nothing analysed again");
        assertEquals(first.signals(), sources.get("mix").signals());
        assertEquals(first.events(), sources.get("mix").events());
        assertEquals(first.beatGrid().orElseThrow().segments(), sources.get("mix").beatGrid().orElseThrow().segments());
        assertTrue(bands.containsKey("b"));
        project.close();

        try (var entries = Files.list(show.resolve(".octoseq/cache"))) {
            for (Path e : entries.toList()) {
                byte[] b = Files.readAllBytes(e);
                b[b.length / 2] ^= 0x55;
                Files.write(e, b);
            }
        }
        project = open();
        assertTrue(project.awaitReady(Duration.ofSeconds(20)));
        assertEquals(4, analyses.get(), "every corrupt entry was recomputed");
        assertEquals(first.signals(), sources.get("mix").signals());
        assertFalse(console.stream().anyMatch(l -> l.contains("cannot")), console.toString());
    }
}
