package org.octoseq.mir.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's digest is read once while the file stays the same, and read again once it changes. */
class ContentHashTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedFileIsReadOnceAndAChangedOneAgain() throws IOException {
        Path f = Files.write(dir.resolve("a.wav"), new byte[] {1, 2, 3, 4});
        long reads = ContentHash.filesRead();
        String first = ContentHash.of(f);
        assertEquals(first, ContentHash.of(f));
        assertEquals(first, ContentHash.of(dir.resolve(".").resolve("a.wav")), "the same file by another path");
        assertEquals(reads + 1, ContentHash.filesRead(), "read once");
        assertEquals(ContentHash.of("\u0001\u0002\u0003\u0004"), first, "the digest of the bytes");

        FileTime before = Files.getLastModifiedTime(f);
        Files.write(f, new byte[] {1, 2, 3, 5}); // same size
        Files.setLastModifiedTime(f, FileTime.fromMillis(before.toMillis() + 2000));
        String second = ContentHash.of(f);
        assertNotEquals(first, second);
        assertEquals(reads + 2, ContentHash.filesRead(), "read again after the change");
        assertEquals(ContentHash.of("\u0001\u0002\u0003\u0005"), second);
    }
}
