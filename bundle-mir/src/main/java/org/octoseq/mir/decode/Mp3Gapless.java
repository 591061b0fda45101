package org.octoseq.mir.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many decoded samples at the start and end of an MP3 are not part of the encoded audio, read from the
 * file's Xing/Info frame and its LAME extension (written by LAME and by ffmpeg's encoder).
 *
 * <p>An MP3 decoder's output is longer than what was encoded: the Xing/Info frame (a frame of silence that
 * only carries metadata, which jlayer decodes like any other), the encoder's delay (576 samples for LAME),
 * the decoder's own filter-bank delay ({@value #DECODER_DELAY} samples) and the padding of the last frame.
 * Decoders that read the LAME tag (ffmpeg, browsers) drop all of these, so their sample 0 is the first sample
 * that was encoded; trimming the same amounts makes our times agree with theirs. A file without a LAME tag is
 * trimmed of its Xing frame only (as ffmpeg does).
 *
 * @param skipStart samples to drop at the start
 * @param skipEnd   samples to drop at the end
 */
record Mp3Gapless(int skipStart, int skipEnd) {

    /** The delay of the MP3 decoder's synthesis filter bank, in samples (528 + 1, as LAME and ffmpeg count it). */
    static final int DECODER_DELAY = 529;

    /** Nothing to trim. */
    static final Mp3Gapless NONE = new Mp3Gapless(0, 0);

    private static final int SCAN = 64 * 1024;

    /** The trim of {@code file}; {@link #NONE} when its first frame is not found or carries no Xing/Info tag. */
    static Mp3Gapless of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(10);
            long skip = id3v2Size(head);
            if (skip > 0) {
                in.skipNBytes(Math.max(0, skip - head.length));
                head = in.readNBytes(SCAN);
            } else {
                byte[] rest = in.readNBytes(SCAN - head.length);
                byte[] all = new byte[head.length + rest.length];
                System.arraycopy(head, 0, all, 0, head.length);
                System.arraycopy(rest, 0, all, head.length, rest.length);
                head = all;
            }
        }
        return parse(head);
    }

    /** The trim given the bytes from the first frame (or shortly before it) on. */
    static Mp3Gapless parse(byte[] b) {
        int frame = firstFrame(b);
        if (frame < 0) {
            return NONE;
        }
        int h1 = b[frame + 1] & 0xFF;
        int h3 = b[frame + 3] & 0xFF;
        boolean mpeg1 = (h1 & 0x18) == 0x18;
        boolean mono = (h3 & 0xC0) == 0xC0;
        int sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
        int tag = frame + 4 + sideInfo;
        if (!(is(b, tag, "Xing") || is(b, tag, "Info"))) {
            return NONE;
        }
        int samplesPerFrame = mpeg1 ? 1152 : 576;
        int flags = int32(b, tag + 4);
        int lame = tag + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0)
                + ((flags & 8) != 0 ? 4 : 0);
        if (!(is(b, lame, "LAME") || is(b, lame, "Lavc") || is(b, lame, "Lavf") || is(b, lame, "L3.9"))
                || lame + 24 > b.length) {
            return new Mp3Gapless(samplesPerFrame, 0);
        }
        int d = lame + 21;
        int delay = ((b[d] & 0xFF) << 4) | ((b[d + 1] & 0xF0) >> 4);
        int padding = ((b[d + 1] & 0x0F) << 8) | (b[d + 2] & 0xFF);
        return new Mp3Gapless(samplesPerFrame + delay + DECODER_DELAY, Math.max(0, padding - DECODER_DELAY));
    }

    /** Drops the trimmed samples from {@code samples} (keeps at least nothing, never fails). */
    float[] apply(float[] samples) {
        int from = Math.min(samples.length, skipStart);
        int to = Math.max(from, samples.length - skipEnd);
        return from == 0 && to == samples.length ? samples : java.util.Arrays.copyOfRange(samples, from, to);
    }

    /** The size of an ID3v2 tag at the start (header, body and footer), 0 when there is none. */
    private static long id3v2Size(byte[] h) {
        if (h.length < 10 || !is(h, 0, "ID3")) {
            return 0;
        }
        long size = ((h[6] & 0x7F) << 21) | ((h[7] & 0x7F) << 14) | ((h[8] & 0x7F) << 7) | (h[9] & 0x7F);
        boolean footer = (h[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    /** The offset of the first MPEG audio Layer III frame header, or -1. */
    private static int firstFrame(byte[] b) {
        for (int i = 0; i + 4 <= b.length; i++) {
            int h1 = b[i + 1] & 0xFF;
            int h2 = b[i + 2] & 0xFF;
            boolean sync = (b[i] & 0xFF) == 0xFF && (h1 & 0xE0) == 0xE0;
            boolean layer3 = (h1 & 0x06) == 0x02;
            boolean version = (h1 & 0x18) != 0x08;
            boolean bitrate = (h2 & 0xF0) != 0xF0 && (h2 & 0xF0) != 0;
            boolean rate = (h2 & 0x0C) != 0x0C;
            if (sync && layer3 && version && bitrate && rate) {
                return i;
            }
        }
        return -1;
    }

    private static boolean is(byte[] b, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        if (at < 0 || at + t.length > b.length) {
            return false;
        }
        for (int i = 0; i < t.length; i++) {
            if (b[at + i] != t[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int32(byte[] b, int at) {
        if (at + 4 > b.length) {
            return 0;
        }
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
