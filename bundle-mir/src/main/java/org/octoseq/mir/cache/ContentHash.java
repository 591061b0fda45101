package org.octoseq.mir.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SHA-256 digests, as lower-case hex, of files and strings. A file's digest is remembered with the file's size and
 * modification time (nanoseconds, where the file system keeps them) and its identity, and given again while they
 * stay the same: opening a show asks for each audio file's digest several times (the analysis, the derived signals,
 * the check before storing), and a 10-minute mix takes 0.16-0.28 s to hash. (A tool that rewrites a file in place
 * keeping both its size and its modification time is not noticed until the process restarts.)
 */
public final class ContentHash {

    /** The files remembered, least recently asked first. */
    private static final int REMEMBERED = 64;

    private record Stamp(long size, long modifiedNanos, Object fileKey) {
    }

    private record Digest(Stamp stamp, String hex) {
    }

    private static final Map<Path, Digest> DIGESTS = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Digest> eldest) {
            return size() > REMEMBERED;
        }
    };

    private static final AtomicLong FILES_READ = new AtomicLong();

    private ContentHash() {
    }

    /**
     * The SHA-256 of the file's bytes: remembered while the file's size, modification time and identity stay the
     * same, else read (and remembered only when the file did not change while it was read).
     */
    public static String of(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Stamp before = stamp(key);
        synchronized (DIGESTS) {
            Digest known = DIGESTS.get(key);
            if (known != null && known.stamp().equals(before)) {
                return known.hex();
            }
        }
        String hex = read(key);
        if (before.equals(stamp(key))) {
            synchronized (DIGESTS) {
                DIGESTS.put(key, new Digest(before, hex));
            }
        }
        return hex;
    }

    /** How many times a file's bytes were read for a digest (for tests). */
    static long filesRead() {
        return FILES_READ.get();
    }

    private static Stamp stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey());
    }

    private static String read(Path file) throws IOException {
        FILES_READ.incrementAndGet();
        MessageDigest md = sha256();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) != -1) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
