package org.octoseq.processing.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.processing.render.CircleSession;

class ScriptSlotTest {

    private final List<String> console = new ArrayList<>();
    private final ConcurrentLinkedQueue<CircleSession> next = new ConcurrentLinkedQueue<>();

    @Test
    void aHealthyReloadReplacesTheSessionAtTheNextFrame() throws Exception {
        CircleSession first = new CircleSession();
        CircleSession second = new CircleSession();
        next.add(second);
        try (ScriptSlot slot = new ScriptSlot(first, next::poll, this::note)) {
            assertSame(first, slot.current());
            slot.reload();
            awaitIdle(slot);
            assertSame(second, slot.current(), "swapped at the frame boundary");
            assertFalse(first.closed, "the first session belongs to its owner");
            assertEquals(List.of("script reloaded"), console);
        }
        assertTrue(second.closed, "the slot closes what it loaded");
    }

    @Test
    void aBrokenReloadKeepsTheOldSessionAndReportsTheError() throws Exception {
        CircleSession first = new CircleSession();
        CircleSession broken = new CircleSession();
        broken.diagnostics.add(Diagnostic.of(Diagnostic.Kind.PARSE_ERROR, Diagnostic.Phase.COMPILE, "missing }"));
        next.add(broken);
        try (ScriptSlot slot = new ScriptSlot(first, next::poll, this::note)) {
            slot.reload();
            awaitIdle(slot);
            assertSame(first, slot.current());
            assertTrue(broken.closed);
            assertEquals(1, slot.reloadErrors().size());
            assertTrue(console.get(0).contains("missing }"), console.toString());

            CircleSession fixed = new CircleSession();
            next.add(fixed);
            slot.reload();
            awaitIdle(slot);
            assertSame(fixed, slot.current());
            assertTrue(slot.reloadErrors().isEmpty(), "a good reload clears the banner");
        }
    }

    @Test
    void savingTheWatchedFileReloads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("main.js"), "// v1");
        CircleSession first = new CircleSession();
        CircleSession second = new CircleSession();
        next.add(second);
        try (ScriptSlot slot = new ScriptSlot(first, next::poll, this::note)) {
            slot.watch(file);
            assertSame(first, slot.current());
            java.nio.file.Files.writeString(file, "// v2");
            java.nio.file.Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                    System.currentTimeMillis() + 5000));
            ScriptSession now = first;
            for (int i = 0; i < 200 && now != second; i++) {
                Thread.sleep(10);
                now = slot.current();
            }
            assertSame(second, now, "reloaded after the save");
        }
    }

    private synchronized void note(String line) {
        console.add(line);
    }

    private static void awaitIdle(ScriptSlot slot) throws InterruptedException {
        for (int i = 0; i < 500 && slot.reloading(); i++) {
            Thread.sleep(10);
        }
        Thread.sleep(20);
    }
}
