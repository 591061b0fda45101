package org.octoseq.processing.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class PlayheadsTest {

    @Test
    void withoutASoundDeviceItRunsOnTheClockAndSaysSoOnce() {
        assumeTrue(AudioSystem.getMixerInfo().length == 0, "this machine has a sound device");
        List<String> notes = new ArrayList<>();

        try (Playhead playhead = Playheads.open(Path.of("audio/mix.wav"), 12.5, notes::add)) {
            assertInstanceOf(ClockPlayhead.class, playhead);
            assertEquals(12.5, playhead.duration());
            assertFalse(playhead.playing(), "starts paused");
            assertEquals(List.of("no sound device: the show runs on the clock, silently"), notes);
        }
    }

    @Test
    void noAudioIsAClockToo() {
        List<String> notes = new ArrayList<>();

        try (Playhead playhead = Playheads.open(null, 0, notes::add)) {
            assertEquals("clock (silent)", playhead.description());
            assertEquals(1, notes.size());
            assertTrue(notes.get(0).contains("clock"));
        }
    }
}
