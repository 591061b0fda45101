package org.octoseq.mir.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.analysis.BandRange;
import org.octoseq.mir.analysis.FeatureSet;
import org.octoseq.mir.io.AtomicFiles;

/**
 * Analysis results on disk, in {@code <show>/.octoseq/cache/}. An entry is keyed by the audio file's
 * content hash (SHA-256), the analysis parameters with the code version ({@link AnalysisParameters#key()})
 * and what was analysed (the whole source or a band range); its file name is the SHA-256 of that key.
 *
 * <p>Format: magic {@code OCTC}, format version, the key (checked on load), the payload length, the payload
 * ({@link FeatureSetCodec}, preceded for a source by its duration and sample rate) and a CRC-32 of the
 * payload. An entry that is missing, truncated, corrupt or for another key is a miss (and a corrupt one is
 * deleted), so the caller recomputes and stores it again. Entries are written to a temporary file and moved
 * into place. Thread-safe: concurrent writers of one key write the same bytes.
 */
public final class AnalysisCache {

    private static final int MAGIC = 0x4F435443; // "OCTC"
    private static final int FORMAT = 2; // 2: key and signal names as int-length UTF-8 (1 had Java's modified UTF-8)

    /** A cached source: its length (s), its file's sample rate (Hz) and its features. */
    public record SourceEntry(double durationSec, float sampleRate, FeatureSet features) { }

    private final Path dir;
    private final AnalysisParameters params;

    /** @param dir the cache folder (created on first store) */
    public AnalysisCache(Path dir, AnalysisParameters params) {
        this.dir = dir;
        this.params = params;
    }

    /** The cache of the show in {@code root}: {@code root/.octoseq/cache}. */
    public static AnalysisCache forShow(Path root, AnalysisParameters params) {
        return new AnalysisCache(root.resolve(".octoseq").resolve("cache"), params);
    }

    public Optional<SourceEntry> loadSource(String contentHash) {
        ByteBuffer b = load(sourceKey(contentHash));
        if (b == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SourceEntry(b.getDouble(), b.getFloat(), FeatureSetCodec.read(b)));
        } catch (RuntimeException corrupt) {
            discard(sourceKey(contentHash));
            return Optional.empty();
        }
    }

    public void storeSource(String contentHash, SourceEntry entry) throws IOException {
        store(sourceKey(contentHash), out -> {
            out.writeDouble(entry.durationSec());
            out.writeFloat(entry.sampleRate());
            FeatureSetCodec.write(out, entry.features());
        });
    }

    public Optional<FeatureSet> loadBand(String contentHash, BandRange band) {
        ByteBuffer b = load(bandKey(contentHash, band));
        if (b == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(FeatureSetCodec.read(b));
        } catch (RuntimeException corrupt) {
            discard(bandKey(contentHash, band));
            return Optional.empty();
        }
    }

    public void storeBand(String contentHash, BandRange band, FeatureSet features) throws IOException {
        store(bandKey(contentHash, band), out -> FeatureSetCodec.write(out, features));
    }

    /**
     * Signals derived from a source (custom signals, CQT features, a search curve) under {@code what}, a text that
     * names everything they were computed from besides the audio and the analysis parameters.
     */
    public Optional<Map<String, SampledSignal>> loadSignals(String contentHash, String what) {
        String key = signalsKey(contentHash, what);
        ByteBuffer b = load(key);
        if (b == null) {
            return Optional.empty();
        }
        try {
            int count = b.getInt();
            Map<String, SampledSignal> signals = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = readText(b);
                double rate = b.getDouble();
                float[] values = new float[b.getInt()];
                b.asFloatBuffer().get(values);
                b.position(b.position() + 4 * values.length);
                signals.put(name, new SampledSignal(rate, values));
            }
            return Optional.of(signals);
        } catch (RuntimeException corrupt) {
            discard(key);
            return Optional.empty();
        }
    }

    public void storeSignals(String contentHash, String what, Map<String, SampledSignal> signals) throws IOException {
        store(signalsKey(contentHash, what), out -> {
            out.writeInt(signals.size());
            for (Map.Entry<String, SampledSignal> e : signals.entrySet()) {
                writeText(out, e.getKey());
                out.writeDouble(e.getValue().rate());
                float[] values = e.getValue().values();
                out.writeInt(values.length);
                for (float v : values) {
                    out.writeFloat(v);
                }
            }
        });
    }

    private String signalsKey(String hash, String what) {
        return params.key() + " | " + hash + " | signals " + what;
    }

    private String sourceKey(String hash) {
        return params.key() + " | " + hash + " | source";
    }

    private String bandKey(String hash, BandRange band) {
        return params.key() + " | " + hash + " | band " + Double.toString(band.lowHz()) + "-"
                + Double.toString(band.highHz());
    }

    private Path file(String key) {
        return dir.resolve(ContentHash.of(key) + ".bin");
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private void store(String key, Body body) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(payload)) {
            body.write(out);
        }
        byte[] p = payload.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(p);
        ByteArrayOutputStream all = new ByteArrayOutputStream(p.length + 256);
        try (DataOutputStream out = new DataOutputStream(all)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            writeText(out, key);
            out.writeInt(p.length);
            out.write(p);
            out.writeLong(crc.getValue());
        }
        Files.createDirectories(dir);
        Path target = file(key);
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, all.toByteArray());
            AtomicFiles.replace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The payload of {@code key}'s entry, positioned at its start, or {@code null} when absent or invalid. */
    private ByteBuffer load(String key) {
        Path f = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(f);
        } catch (IOException missing) {
            return null;
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != MAGIC || b.getInt() != FORMAT) {
                throw new IllegalArgumentException("not a cache entry of this format");
            }
            if (!key.equals(readText(b))) {
                throw new IllegalArgumentException("entry for another key");
            }
            int length = b.getInt();
            if (length < 0 || length + 8 != b.remaining()) {
                throw new IllegalArgumentException("wrong length");
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, b.position(), length);
            if (crc.getValue() != ByteBuffer.wrap(bytes, b.position() + length, 8).getLong()) {
                throw new IllegalArgumentException("checksum mismatch");
            }
            return b.slice(b.position(), length);
        } catch (RuntimeException corrupt) {
            discard(key);
            return null;
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("bad text length " + length);
        }
        byte[] bytes = new byte[length];
        b.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException ignored) {
            // a later store replaces it anyway
        }
    }
}
