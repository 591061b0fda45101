package org.octoseq.mir.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.AnalysisParameters;

/** Derived signals in the analysis cache: a round trip (any names), other keys miss, a damaged entry is a miss and goes. */
class AnalysisCacheSignalsTest {

    @TempDir
    Path dir;

    @Test
    void signalsComeBackAsStoredUnderTheirKeyOnly() throws IOException {
        AnalysisCache cache = new AnalysisCache(dir, AnalysisParameters.STANDARD);
        Map<String, SampledSignal> signals = new LinkedHashMap<>();
        signals.put("sig-🥁 kick", new SampledSignal(100, new float[] {0, 0.5f, 1}));
        signals.put("tonal", new SampledSignal(43.07, new float[] {0.25f}));
        String what = "custom {\"id\": \"sig-🥁 kick\", \"params\": {\"pitchClasses\": [\"A\"]}}";

        cache.storeSignals("hash-a", what, signals);

        assertEquals(Optional.of(signals), cache.loadSignals("hash-a", what));
        assertEquals(Optional.empty(), cache.loadSignals("hash-b", what), "other audio");
        assertEquals(Optional.empty(), cache.loadSignals("hash-a", what + " "), "another definition");
    }

    @Test
    void aDamagedEntryIsAMissAndIsDeleted() throws IOException {
        AnalysisCache cache = new AnalysisCache(dir, AnalysisParameters.STANDARD);
        cache.storeSignals("hash-a", "cqt features", Map.of("harmonic", new SampledSignal(100, new float[64])));
        Path entry;
        try (Stream<Path> files = Files.list(dir)) {
            entry = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 20] ^= 0x55; // a flipped sample: the checksum no longer matches
        Files.write(entry, bytes);

        assertEquals(Optional.empty(), cache.loadSignals("hash-a", "cqt features"));
        assertFalse(Files.exists(entry), "the damaged entry is removed, so the next store replaces it");
        cache.storeSignals("hash-a", "cqt features", Map.of("harmonic", new SampledSignal(100, new float[64])));
        assertTrue(cache.loadSignals("hash-a", "cqt features").isPresent());
    }
}
