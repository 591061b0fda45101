package org.octoseq.mir.derived;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.AnalysisParameters;
import org.octoseq.mir.cache.AnalysisCache;
import org.octoseq.mir.cache.ContentHash;

/**
 * The show's analysis cache for the signals derived from one audio file, keyed by the file's content (so a
 * touched but unchanged file still hits, an edited one misses). When the file cannot be hashed there is no
 * cache: every load misses and nothing is stored. A failed store is said once on the console; the results
 * are used all the same. Used by one task at a time.
 */
final class CachedSignals {

    private final AnalysisCache cache;
    private String hash;
    private final Path file;
    private final Consumer<String> console;
    private boolean storeFailed;
    private boolean checked;

    private CachedSignals(AnalysisCache cache, String hash, Path file, Consumer<String> console) {
        this.cache = cache;
        this.hash = hash;
        this.file = file;
        this.console = console;
    }

    /** The cache in {@code root/.octoseq/cache} for the signals of {@code file}. */
    static CachedSignals open(Path root, Path file, AnalysisParameters params, Consumer<String> console) {
        String hash;
        try {
            hash = ContentHash.of(file);
        } catch (IOException e) {
            hash = null; // decoding will report the unreadable file
        }
        return new CachedSignals(AnalysisCache.forShow(root, params), hash, file, console);
    }

    Optional<Map<String, SampledSignal>> load(String what) {
        return hash == null ? Optional.empty() : cache.loadSignals(hash, what);
    }

    /**
     * Stores results computed from the file. The first store hashes the file again: when it changed since it was
     * hashed (a save while decoding), nothing is stored, so another audio's results never sit under this hash.
     */
    void store(String what, Map<String, SampledSignal> signals) {
        if (!checked) {
            checked = true;
            try {
                if (hash != null && !hash.equals(ContentHash.of(file))) {
                    hash = null;
                }
            } catch (IOException e) {
                hash = null;
            }
        }
        if (hash == null) {
            return;
        }
        try {
            cache.storeSignals(hash, what, signals);
        } catch (IOException e) {
            if (!storeFailed) {
                storeFailed = true;
                console.accept("octoseq: cannot cache the signals derived from " + file.getFileName() + " ("
                        + e.getMessage() + ")");
            }
        }
    }
}
