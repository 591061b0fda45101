package org.octoseq.mir.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.source.CustomEventProvider;
import org.octoseq.mir.RecordingPublisher;
import org.octoseq.mir.TestAudio;
import org.octoseq.mir.analysis.TrackAnalyzer;
import org.octoseq.mir.events.AuthoredEvents;

/** The ShowPart hook of an open, watched show (here: authored events): saving an event file (or creating events/ later) updates the stream without a restart. */
class ShowPartsLiveTest {

    @TempDir
    Path show;

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
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

    private static void save(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Path tmp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void savingAnEventFileUpdatesTheStreamLive() throws Exception {
        TestAudio.wav(show.resolve("mix.wav"), 22050, Encoding.PCM_SIGNED, 16, TestAudio.sine(22050, 440, 0.5, 1.0));
        Files.writeString(show.resolve("project.json"), "{\"mix\": \"mix.wav\"}");
        RecordingPublisher published = new RecordingPublisher();
        ProjectOpener opener = new ProjectOpener(TrackAnalyzer.standard(), pool, s -> { }, true,
                List.<ShowPart.Factory>of(AuthoredEvents::new));
        LoadedProject project = opener.open(show, (spec, a) -> () -> { }, BandPublisher.NONE, published, p -> { });
        try {
            assertTrue(project.awaitReady(Duration.ofSeconds(20)));
            assertTrue(published.live(CustomEventProvider.class).isEmpty());

            save(show.resolve("events/hits.json"), "{\"name\": \"Hits\", \"events\": [{\"time\": 0.5}]}");
            eventually("the new events folder and file are picked up",
                    () -> published.find(CustomEventProvider.class, CustomEventProvider.PROP_ID, "ev-hits") != null);

            save(show.resolve("events/hits.json"), "{\"name\": \"Hits\", \"events\": [{\"time\": 0.5}, {\"time\": 0.75}]}");
            eventually("the edit is applied", () -> {
                CustomEventProvider p = published.find(CustomEventProvider.class, CustomEventProvider.PROP_ID, "ev-hits");
                return p != null && p.events().size() == 2;
            });
            assertEquals(1, published.live(CustomEventProvider.class).size());
        } finally {
            project.close();
        }
        assertTrue(published.live(CustomEventProvider.class).isEmpty(), "closing the show withdraws its streams");
    }
}
