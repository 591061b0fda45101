package org.octoseq.mir.precomputed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octoseq.api.signal.EventStream;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.BandRange;
import org.octoseq.mir.events.AuthoredEvent;
import org.octoseq.mir.project.AnalysedBand;
import org.octoseq.mir.project.AnalysedSource;
import org.octoseq.mir.project.BandSpec;
import org.octoseq.mir.project.FieldException;
import org.octoseq.mir.project.ProjectFileReader;

/**
 * A source whose analysis is stored instead of computed: a {@code .json} file in the shape {@code analyze --json}
 * writes ({@code durationSec}, {@code signals}, {@code events}, {@code tempo}, {@code bands}), named as a show's
 * {@code mix} or a stem's {@code file}. Its signals and events are served exactly as an analysis of audio would be:
 * as the source's {@link AnalysedSource} and, for each band of {@code project.json} found in {@code bands}, an
 * {@link AnalysedBand}. An imported interpretation package is made of such files.
 *
 * @param source             the audio it was made from (informational)
 * @param durationSec        the track's length in seconds (default: the longest signal)
 * @param sampleRate         informational
 * @param analysisSampleRate informational
 * @param tempo              its {@code segments} become the source's detected beat grid
 * @param events             event streams by name
 * @param signals            signals by name
 * @param bands              the bands
 * @param stems              accepted and ignored ({@code analyze --stems} output)
 */
public record PrecomputedAnalysis(String source, Double durationSec, Double sampleRate, Double analysisSampleRate,
                                  PrecomputedTempo tempo, Map<String, List<AuthoredEvent>> events,
                                  Map<String, SignalData> signals, List<PrecomputedBand> bands,
                                  List<com.fasterxml.jackson.databind.JsonNode> stems) {

    public PrecomputedAnalysis {
        signals = checked("signals", signals);
        events = checkedEvents(events);
        if (bands != null && bands.contains(null)) {
            throw new FieldException("bands", "must list objects, not null");
        }
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (durationSec != null && (!(durationSec >= 0) || durationSec.isInfinite())) {
            throw new FieldException("durationSec", "must be a number of seconds >= 0, got " + durationSec);
        }
    }

    /** Whether {@code file} names a precomputed analysis rather than audio (by its {@code .json} extension). */
    public static boolean isPrecomputed(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    /** Reads {@code file}; the message of the exception is one line naming the file, line and field. */
    public static PrecomputedAnalysis read(Path file) throws IOException {
        return new ProjectFileReader().read(file, PrecomputedAnalysis.class, "the precomputed analysis", null);
    }

    /** The source as a registered analysis. */
    public AnalysedSource analysis() {
        double duration = durationSec != null ? durationSec
                : signals.values().stream().mapToDouble(SignalData::durationSec).max().orElse(0);
        return new AnalysedSource(duration, sampled(signals), streams(events),
                tempo == null ? org.octoseq.api.time.BeatGrid.NONE : tempo.grid());
    }

    /** The stored analysis of {@code band}: the entry with its id, else the one with its range. */
    public Optional<AnalysedBand> band(BandSpec band) {
        BandRange r = band.range();
        Optional<PrecomputedBand> hit = bands.stream().filter(b -> band.id().equals(b.id())).findFirst()
                .or(() -> bands.stream().filter(b -> b.id() == null && b.lowHz() == r.lowHz() && b.highHz() == r.highHz())
                        .findFirst());
        return hit.map(b -> new AnalysedBand(sampled(b.signals()), streams(b.events())));
    }

    private static Map<String, SampledSignal> sampled(Map<String, SignalData> signals) {
        Map<String, SampledSignal> out = new LinkedHashMap<>();
        signals.forEach((name, s) -> out.put(name, s.sampled()));
        return out;
    }

    private static Map<String, EventStream> streams(Map<String, List<AuthoredEvent>> events) {
        Map<String, EventStream> out = new LinkedHashMap<>();
        events.forEach((name, list) -> out.put(name, EventStream.of(list.stream().map(AuthoredEvent::toEvent).toList())));
        return out;
    }

    static Map<String, List<AuthoredEvent>> checkedEvents(Map<String, List<AuthoredEvent>> events) {
        Map<String, List<AuthoredEvent>> out = checked("events", events);
        out.forEach((name, list) -> {
            int i = list.indexOf(null);
            if (i >= 0) {
                throw new FieldException("events." + name + "[" + i + "]", "must be an object {\"time\", \"weight\"}, not null");
            }
        });
        return out;
    }

    static <V> Map<String, V> checked(String field, Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (e.getValue() == null) {
                throw new FieldException(field + "." + e.getKey(), "must not be null");
            }
        }
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
